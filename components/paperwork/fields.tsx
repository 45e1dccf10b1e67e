"use client";

import type { ComponentProps, ReactNode } from "react";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { FieldName } from "@/lib/paperwork/schema";

/*
 * The shared fields, controlled and without a `name`: the answers live in React state only, so
 * even a form submitted before hydration (or with scripts off) carries none of them anywhere.
 */

export const fieldId = (name: FieldName) => `pw-${name}`;

/** What the tool gives every field: which answer it holds, its value, how to change it, its error. */
type Answer = { name: FieldName; value: string; onValue: (value: string) => void; error?: string };

export function TextInput({ name, onValue, children, ...field }: Answer & Omit<ComponentProps<typeof TextField>, "id" | "name" | "value" | "onChange" | "after"> & { children?: ReactNode }) {
  return <TextField id={fieldId(name)} onChange={(event) => onValue(event.target.value)} after={children} {...field} />;
}

export function SelectInput({ name, onValue, ...field }: Answer & Omit<ComponentProps<typeof SelectField>, "id" | "name" | "value" | "onChange">) {
  return <SelectField id={fieldId(name)} onChange={(event) => onValue(event.target.value)} {...field} />;
}

/** Radio buttons in a fieldset; the first one carries the field's id, for focus after an error. */
export function RadioGroup({ name, ...field }: Answer & Omit<ComponentProps<typeof ChoiceGroup>, "id" | "name" | "value" | "onValue" | "type">) {
  return <ChoiceGroup id={fieldId(name)} name={fieldId(name)} {...field} />;
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
