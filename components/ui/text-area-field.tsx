"use client";

import { useState, type TextareaHTMLAttributes } from "react";
import { describedBy, FieldFrame, inputClass, type FieldProps } from "./field";

type Props = FieldProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name" | "className" | "children"> & {
    /** a running count of characters (code points, as the server counts them) beside the hint */
    counter?: { max: number; text: (count: number) => string };
    textareaClassName?: string;
  };

const countOf = (text: unknown) => (typeof text === "string" ? [...text].length : 0);

/** A labelled text area, optionally with a character counter; its hint, counter and error are tied to it. */
export function TextAreaField({ name, id = name!, label, hint, error, validated, className, labelClassName, counter, textareaClassName = "", onChange, ...textarea }: Props) {
  const [count, setCount] = useState(() => countOf(textarea.value ?? textarea.defaultValue));
  const notes = counter ? (
    <div className="mt-1 flex justify-between gap-4 text-sm text-muted">
      <p id={`${id}-hint`}>{hint}</p>
      <p id={`${id}-counter`} className={count > counter.max ? "font-semibold text-red-800 tabular-nums" : "tabular-nums"}>
        {counter.text(count)}
      </p>
    </div>
  ) : undefined;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} validated={validated} className={className} labelClassName={labelClassName} notes={notes}>
      <textarea
        id={id}
        name={name}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(id, { hint, counter: Boolean(counter), validated })}
        className={`${inputClass} ${textareaClassName}`.trim()}
        onChange={(event) => {
          if (counter) setCount(countOf(event.target.value));
          onChange?.(event);
        }}
        {...textarea}
      />
    </FieldFrame>
  );
}
