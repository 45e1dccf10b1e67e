/**
 * "The database is unavailable" as one typed error, whichever driver failed and however it
 * was wrapped (drizzle wraps driver errors in DrizzleQueryError with the original as
 * `cause`; a transaction that cannot connect throws the driver's error itself). Callers at
 * the edge (API handlers, form actions) turn it into 503 / "try again" and never show the
 * driver's text.
 */
export class DatabaseUnavailableError extends Error {
  constructor(cause?: unknown) {
    super("The database is unavailable", { cause });
    this.name = "DatabaseUnavailableError";
  }
}

// Node socket errors, and postgres.js's own codes for a connection that went away
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);

/**
 * SQLSTATEs of a server that is going away or cannot take us: class 08 (connection
 * exception), 57P01–57P03 (admin or crash shutdown, starting up), class 53 (insufficient
 * resources: too many connections, disk full, out of memory).
 */
function unavailableState(code: string) {
  return code.startsWith("08") || code === "57P01" || code === "57P02" || code === "57P03" || code.startsWith("53");
}

// PGlite after close() (a request that outlived the shutdown)
const PGLITE_CLOSED = /^PGlite is clos(ed|ing)$/;

/** True when `error` (or anything it wraps) says the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 8 || error === null || typeof error !== "object") return false;
  if (error instanceof DatabaseUnavailableError) return true;
  const { code, message, cause, errors } = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === "string" && (CONNECTION_CODES.has(code) || (/^[0-9A-Z]{5}$/.test(code) && unavailableState(code)))) return true;
  if (typeof message === "string" && PGLITE_CLOSED.test(message)) return true;
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true; // AggregateError (IPv4 and IPv6)
  return isDatabaseUnavailable(cause, depth + 1);
}

/** `error` as a DatabaseUnavailableError when it is one, else null. */
export function asDatabaseUnavailable(error: unknown): DatabaseUnavailableError | null {
  if (error instanceof DatabaseUnavailableError) return error;
  return isDatabaseUnavailable(error) ? new DatabaseUnavailableError(error) : null;
}
