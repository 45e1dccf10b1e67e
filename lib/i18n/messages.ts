import en from "@/messages/en.json";

/** English field-error text for the JSON API (the UI localizes the same codes itself). */
export function englishError(code: string): string {
  const errors: Record<string, string> = en.Errors;
  return errors[code] ?? code;
}
