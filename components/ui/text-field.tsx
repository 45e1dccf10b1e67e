import type { InputHTMLAttributes, ReactNode } from "react";
import { describedBy, FieldFrame, inputClass, type FieldProps } from "./field";

type Props = FieldProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "className" | "children"> & {
    /** shown right under the input, before the hint (a suggestion to take over) */
    after?: ReactNode;
    /** more ids the input is described by, before its own hint and error */
    describedBy?: string;
    inputClassName?: string;
  };

/** A labelled input; its hint and error (if any) are tied to it and the error is announced. */
export function TextField({ name, id = name!, label, hint, error, validated, className, labelClassName, after, describedBy: extra, inputClassName = "", ...input }: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} validated={validated} className={className} labelClassName={labelClassName}>
      <input
        id={id}
        name={name}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(id, { hint, validated, extra })}
        className={`${inputClass} ${inputClassName}`.trim()}
        {...input}
      />
      {after}
    </FieldFrame>
  );
}
