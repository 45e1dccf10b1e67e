"use client";

import { useTranslations } from "next-intl";
import type { InputHTMLAttributes } from "react";
import { FieldError, Hint, inputClass } from "./field";

type Props = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  hint?: string;
  errorCode?: string;
};

/** A labelled input whose error (a message code) is announced and tied to it. */
export function TextField({ name, label, hint, errorCode, id = name, className, ...input }: Props) {
  const t = useTranslations("Errors");
  const describedBy = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
  return (
    <div className={className}>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={Boolean(errorCode)}
        aria-describedby={describedBy}
        className={inputClass}
        {...input}
      />
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      <FieldError id={`${id}-error`} message={errorCode ? t(errorCode as "required") : undefined} />
    </div>
  );
}

export function FormAlert({ code, tone = "error" }: { code?: string; tone?: "error" | "success" }) {
  const t = useTranslations("Errors");
  if (!code) return <div role="status" className="sr-only" />;
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={
        tone === "error"
          ? "rounded-md border border-red-300 bg-red-50 p-3 text-red-900"
          : "rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900"
      }
    >
      {tone === "error" ? t(code as "required") : code}
    </div>
  );
}
