import { z } from "zod";

/**
 * Characters no text on this site needs and that PostgreSQL or XML refuse, or that can
 * disguise what text says: control characters (tab and newlines aside), NUL among them;
 * unpaired surrogates; the non-characters U+FFFE/U+FFFF; bidirectional overrides and
 * isolates. Text holding one is refused with a message, never stored.
 */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const hasUnsafeCharacters = (text: string) => UNSAFE.test(text);

/** A string that holds no unsafe characters; `code` names the error shown otherwise. */
export const safeString = (error: string) =>
  z.string({ error }).refine((text) => !hasUnsafeCharacters(text), "invalid_characters");

/** One of `values`; the error code says whether the answer was missing ("required") or not one of them. */
export const enumOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => (issue.input === undefined ? "required" : "invalid_choice") });

/** Whole numbers that fit the database's integer column (32 bits). */
export const INT32_MAX = 2_147_483_647;
