import type { ReactNode } from "react";
import { describedBy, FieldError, Hint } from "./field";

type Option = [value: string, label: ReactNode];

type Props = {
  /** the inputs' name; the id of the group (and of its first control, for focus after an error) unless `id` says otherwise */
  name: string;
  id?: string;
  legend: ReactNode;
  hint?: ReactNode;
  /** already in the reader's language */
  error?: string;
  type?: "radio" | "checkbox";
  /** the choices, or the choices under subheadings */
  options: Option[] | Array<{ heading: string; options: Option[] }>;
  /** uncontrolled: what is checked at first */
  defaultValue?: string | readonly string[];
  /** controlled: the checked value, and what a click chooses */
  value?: string;
  onValue?: (value: string) => void;
  required?: boolean;
  /** a card of its own (white, bordered) rather than part of a larger one */
  boxed?: boolean;
  /** columns from the small breakpoint on */
  columns?: 1 | 2 | 3;
  /** false for a choice nothing checks: no error line */
  validated?: boolean;
  legendClassName?: string;
};

const columnClass = { 1: "", 2: "sm:grid-cols-2", 3: "sm:grid-cols-3" };
const choiceClass = "flex items-start gap-2 rounded-md px-1 py-1.5 has-[:checked]:bg-brand-50";
// a control keeps its size when its label wraps onto several lines
const controlClass = "mt-1.5 size-4 shrink-0 accent-brand-700";

/** Radio buttons or checkboxes in a fieldset, with the group's hint and error tied to it. */
export function ChoiceGroup({
  name,
  id = name,
  legend,
  hint,
  error,
  type = "radio",
  options,
  defaultValue,
  value,
  onValue,
  required,
  boxed = false,
  columns = 2,
  validated = true,
  legendClassName = "font-semibold",
}: Props) {
  const sections = options.length > 0 && !Array.isArray(options[0]) ? (options as Array<{ heading: string; options: Option[] }>) : [{ heading: "", options: options as Option[] }];
  const checkedAtFirst = (option: string) => (Array.isArray(defaultValue) ? defaultValue.includes(option) : defaultValue === option);
  const first = sections[0]?.options[0]?.[0];
  const grid = `${boxed ? "mt-2" : "mt-1"} grid gap-1 ${columnClass[columns]}`.trim();
  return (
    <fieldset className={boxed ? "rounded-lg border border-line bg-white p-4" : undefined} aria-describedby={describedBy(id, { hint, validated })}>
      <legend className={boxed ? `px-1 ${legendClassName}` : legendClassName}>{legend}</legend>
      {sections.map((section, index) => (
        <div key={section.heading || index} className="contents">
          {section.heading && <p className={`${index === 0 ? "mt-2" : "mt-3"} text-sm font-semibold uppercase tracking-wide text-muted`}>{section.heading}</p>}
          <div className={grid}>
            {section.options.map(([option, label]) => (
              <label key={option} className={choiceClass}>
                <input
                  type={type}
                  id={option === first && index === 0 ? id : undefined}
                  name={name}
                  value={option}
                  required={required}
                  {...(onValue ? { checked: value === option, onChange: () => onValue(option) } : { defaultChecked: checkedAtFirst(option) })}
                  className={controlClass}
                />
                <span>{label}</span>
              </label>
            ))}
          </div>
        </div>
      ))}
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {validated && <FieldError id={`${id}-error`} message={error} />}
    </fieldset>
  );
}
