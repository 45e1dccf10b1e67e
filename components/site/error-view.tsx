"use client";

import { useErrorText } from "./error-text";

/** What an error boundary shows: the request failed, try again. */
export function ErrorView({ reset }: { reset: () => void }) {
  const text = useErrorText();
  return (
    <section role="alert" className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-bold">{text.title}</h1>
      <p className="mt-3 text-muted">{text.body}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        {text.retry}
      </button>
    </section>
  );
}
