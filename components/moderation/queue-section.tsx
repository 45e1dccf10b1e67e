import type { ReactNode } from "react";

/** One queue on /moderation: its title and count, then its items (oldest first) or a line saying none wait. */
export function QueueSection({ id, title, count, empty, testId, children }: { id: string; title: string; count: number; empty: string; testId: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-xl font-semibold">
        {title} ({count})
      </h2>
      {count === 0 ? (
        <p className="mt-3 text-muted">{empty}</p>
      ) : (
        <ol className="mt-4 space-y-4" data-testid={testId}>
          {children}
        </ol>
      )}
    </section>
  );
}
