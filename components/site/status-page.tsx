import type { ReactNode } from "react";

/** A page that answers with a status a reader should understand: the code, what happened, where to go (`children`). */
export function StatusPage({ code, title, body, children }: { code: 401 | 403 | 404; title: string; body: string; children: ReactNode }) {
  return (
    <section className="mx-auto max-w-xl py-12 text-center">
      <p className="text-5xl font-bold text-brand-700" aria-hidden="true">
        {code}
      </p>
      <h1 className="mt-4 text-2xl font-bold">{title}</h1>
      <p className="mt-3 text-muted">{body}</p>
      {children}
    </section>
  );
}
