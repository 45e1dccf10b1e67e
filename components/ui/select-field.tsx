import type { SelectHTMLAttributes } from "react";
import { describedBy, FieldFrame, inputClass, type FieldProps } from "./field";

type Props = FieldProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name" | "className" | "children"> & {
    options: Array<[value: string, text: string]>;
    /** a first, empty choice ("choose …") */
    placeholder?: string;
  };

/** A labelled select; its hint and error (if any) are tied to it and the error is announced. */
export function SelectField({ name, id = name!, label, hint, error, validated, className, labelClassName, options, placeholder, ...select }: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} validated={validated} className={className} labelClassName={labelClassName}>
      <select id={id} name={name} aria-invalid={Boolean(error)} aria-describedby={describedBy(id, { hint, validated })} className={inputClass} {...select}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
