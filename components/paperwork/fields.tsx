"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { FieldError, Hint, inputClass } from "@/components/ui/field";
import type { FieldName } from "@/lib/paperwork/schema";

/*
 * Controlled inputs without a `name`: the answers live in React state only, so even a
 * form submitted before hydration (or with scripts off) carries none of them anywhere.
 */

export const fieldId = (name: FieldName) => `pw-${name}`;

const describedBy = (name: FieldName, hint?: ReactNode, extra?: string) =>
  [extra, hint ? `${fieldId(name)}-hint` : null, `${fieldId(name)}-error`].filter(Boolean).join(" ");

type Common = {
  name: FieldName;
  label: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onValue: (value: string) => void;
  className?: string;
};

export function TextInput({
  name,
  label,
  hint,
  error,
  value,
  onValue,
  className,
  children,
  describedBy: extra,
  ...input
}: Common &
  Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "value" | "onChange" | "children"> & { children?: ReactNode; describedBy?: string }) {
  const id = fieldId(name);
  return (
    <div className={className}>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <input
        id={id}
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(name, hint, extra)}
        className={inputClass}
        {...input}
      />
      {children}
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function SelectInput({
  name,
  label,
  hint,
  error,
  value,
  onValue,
  className,
  options,
  placeholder,
}: Common & { options: Array<[value: string, label: string]>; placeholder?: string }) {
  const id = fieldId(name);
  return (
    <div className={className}>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(name, hint)}
        className={inputClass}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

const choiceClass = "flex items-start gap-2 rounded-md px-1 py-1.5 has-[:checked]:bg-brand-50";

/** Radio buttons in a fieldset; the first one carries the field's id, for focus after an error. */
export function RadioGroup({
  name,
  legend,
  hint,
  error,
  value,
  onValue,
  options,
  columns = true,
  legendClassName = "font-semibold",
}: Omit<Common, "label" | "className"> & {
  legend: string;
  options: Array<[value: string, label: string]>;
  columns?: boolean;
  legendClassName?: string;
}) {
  const id = fieldId(name);
  return (
    <fieldset aria-describedby={describedBy(name, hint)}>
      <legend className={legendClassName}>{legend}</legend>
      <div className={`mt-1 grid gap-1 ${columns ? "sm:grid-cols-2" : ""}`}>
        {options.map(([optionValue, optionLabel], index) => (
          <label key={optionValue} className={choiceClass}>
            <input
              type="radio"
              id={index === 0 ? id : undefined}
              name={id}
              value={optionValue}
              checked={value === optionValue}
              onChange={() => onValue(optionValue)}
              className="mt-1.5 size-4 shrink-0 accent-brand-700"
            />
            <span>{optionLabel}</span>
          </label>
        ))}
      </div>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}

export function Section({ legend, children, hint }: { legend: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <fieldset className="min-w-0 rounded-lg border border-line bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      {hint && <p className="mb-3 text-sm text-muted">{hint}</p>}
      <div className="space-y-5">{children}</div>
    </fieldset>
  );
}
