import type { z } from "zod";
import { isDatabaseUnavailable } from "@/db/errors";

/** State returned by every small form's action: error codes per field and the typed values. */
export type FormState = {
  errors: Record<string, string>;
  values: Record<string, string>;
  message?: string;
  ok?: boolean;
  submissions: number;
};

export const initialFormState: FormState = { errors: {}, values: {}, submissions: 0 };

/** The form error shown while the database is away: the form keeps what was typed. */
export const UNAVAILABLE = "unavailable";

/**
 * Runs an action's work; when the database is unavailable it returns `unavailable()`
 * (a form state that echoes the input with the error `unavailable`) instead of throwing
 * to the error page, where the typed text would be lost. Anything else is rethrown,
 * including Next's redirects.
 */
export async function unlessUnavailable<T>(work: () => Promise<T>, unavailable: () => T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isDatabaseUnavailable(error)) return unavailable();
    throw error;
  }
}

/** zod issues → {field: code}, the first per field; issues about the whole input go under `fallback`. */
export function issueCodes(error: z.ZodError, fallback = "form"): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[String(issue.path[0] ?? fallback)] ??= issue.message;
  return fields;
}

/** What the user typed, echoed back — except secrets, which are never sent back. */
export function echo(form: FormData, omit: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !omit.includes(key) && !key.startsWith("$")) values[key] = value;
  }
  return values;
}

/**
 * A same-site path to return to after signing in; anything else falls back to "/". Printable
 * ASCII only: the path goes into a Location header, and "//" or "\\" would leave the site.
 */
export function safeReturnPath(value: unknown): string {
  return typeof value === "string" && value.length <= 500 && /^\/(?![/\\])[!-~]*$/.test(value) && !value.includes("\\") ? value : "/";
}
