import en from "@/messages/en.json";

/** English field-error text for the JSON API (the UI localizes the same codes itself). */
export function englishError(code: string): string {
  const errors: Record<string, string> = en.Errors;
  return errors[code] ?? code;
}

/** {field: code} → {field: English message}, for the API's `error.fields`. */
export function englishFields(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([name, code]) => [name, englishError(code)]));
}
