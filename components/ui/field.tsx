import type { ReactNode } from "react";

export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-ink shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-700";

/** An error line tied to its control through aria-describedby. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  return (
    <p id={id} className="mt-1 min-h-0 text-sm font-medium text-red-800" aria-live="polite">
      {message}
    </p>
  );
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="mt-1 text-sm text-muted">
      {children}
    </p>
  );
}

/** What every field takes: its id (or its name, which is then the id), words, and the error to show, already in the reader's language. */
export type FieldProps = ({ name: string; id?: string } | { name?: undefined; id: string }) & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** false for a field nothing checks (a filter): no error line */
  validated?: boolean;
  className?: string;
  labelClassName?: string;
};

/** The ids a control's aria-describedby names: `extra` first, then its hint, its counter, its error line. */
export function describedBy(id: string, { extra, hint, counter, validated = true }: { extra?: string; hint?: ReactNode; counter?: boolean; validated?: boolean }) {
  return [extra, hint ? `${id}-hint` : null, counter ? `${id}-counter` : null, validated ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** Label, control, notes under it (the hint, unless `notes` replaces it) and error line: the frame of every field. */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  validated = true,
  className,
  labelClassName = "font-semibold",
  notes,
  children,
}: Omit<FieldProps, "name" | "id"> & { id: string; notes?: ReactNode; children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {children}
      {notes ?? (hint && <Hint id={`${id}-hint`}>{hint}</Hint>)}
      {validated && <FieldError id={`${id}-error`} message={error} />}
    </div>
  );
}
