import type { SelectHTMLAttributes } from "react";
import { FieldError, inputClass } from "./field";

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  name: string;
  label: string;
  options: Array<[value: string, text: string]>;
  /** the error text, already in the reader's language */
  error?: string;
};

/** A labelled select; the error (if any) is announced and tied to it. */
export function SelectField({ name, label, options, error, id = name, className, ...select }: Props) {
  return (
    <div className={className}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined} className={inputClass} {...select}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      {error !== undefined && <FieldError id={`${id}-error`} message={error} />}
    </div>
  );
}
