import type { z } from "zod";
import { isDatabaseUnavailable } from "@/db/errors";

/**
 * What a form's action sends back: error codes per field (`form` for the whole form) and what
 * the user typed, so the form shows both after a re-mount (forms are keyed by `submissions`).
 * A form with more to say extends it (the conflict of a guide edit, a stored report).
 */
export type FormState<Values = Record<string, string>> = {
  errors: Record<string, string>;
  /** values for an error's message, e.g. the contact details a text was refused for */
  errorParams?: Record<string, string>;
  values: Values;
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

/** A form with one outcome and at most one error code: a flag, a moderator's decision. */
export type SmallFormState = { ok?: boolean; error?: string; submissions: number };

/** A form's state after one more send: `patch` is all of it but the count. */
export function nextFormState<State extends { submissions: number }>(previous: State, patch: Omit<State, "submissions">): State {
  return { ...patch, submissions: previous.submissions + 1 } as State;
}

/** zod issues → {field: code}, the first per field; issues about the whole input go under `fallback`. */
export function issueCodes(error: z.ZodError, fallback = "form"): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[String(issue.path[0] ?? fallback)] ??= issue.message;
  return fields;
}

/** What the user typed, echoed back — except secrets (`omit`), which are never sent back, and React's own `$` fields. */
export function echo(form: FormData, omit: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !omit.includes(key) && !key.startsWith("$")) values[key] = value;
  }
  return values;
}

/** A text field's value; undefined when it is missing (or a file), which zod tells apart from "". */
export function formText(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
}

/** A text field's value, "" when it is missing. */
export const formString = (form: FormData, name: string) => formText(form, name) ?? "";

/** Every text value of a field sent more than once (a group of checkboxes). */
export const formStrings = (form: FormData, name: string) => form.getAll(name).filter((value): value is string => typeof value === "string");

/** The language of the page the form was on: English, or the default, Chinese. */
export const formLocale = (form: FormData): "zh" | "en" => (form.get("locale") === "en" ? "en" : "zh");

/**
 * Whether the browser sent the form itself, before or without JavaScript. Next's client sends
 * fetch actions with a `Next-Action` header; a plain form post has none, and its answer replaces
 * the page, which Next renders from the page's prerendered shell without the action's returned
 * state (vercel/next.js#97784). Such a post is best answered with a redirect (Post/Redirect/Get).
 */
export const isPlainFormPost = (requestHeaders: Headers) => !requestHeaders.has("next-action");

/**
 * A same-site path to return to after signing in; anything else falls back to "/". Printable
 * ASCII only: the path goes into a Location header, and "//" or "\\" would leave the site.
 */
export function safeReturnPath(value: unknown): string {
  return typeof value === "string" && value.length <= 500 && /^\/(?![/\\])[!-~]*$/.test(value) && !value.includes("\\") ? value : "/";
}
