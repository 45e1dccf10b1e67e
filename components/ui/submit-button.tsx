"use client";

import { useFormStatus } from "react-dom";

/** Disabled and relabelled while its form is submitting, so a second click sends nothing. */
export function SubmitButton({ label, pendingLabel, className = "" }: { label: string; pendingLabel: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex min-w-40 items-center justify-center gap-2 rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-80 ${className}`}
    >
      {pending && (
        <span aria-hidden="true" className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" />
      )}
      <span aria-live="polite">{pending ? pendingLabel : label}</span>
    </button>
  );
}
