import "server-only";
import { isDatabaseUnavailable } from "@/db/errors";
import { logWarn } from "@/lib/log";
import { apiError } from "./responses";

/** How long a client should wait before retrying while the database is away. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

export const unavailableResponse = () =>
  apiError(503, "service_unavailable", "The database is unavailable for a moment. Please retry shortly.", {
    headers: { "Retry-After": String(UNAVAILABLE_RETRY_AFTER_SECONDS), "Cache-Control": "no-store" },
  });

/**
 * Every API handler is wrapped in this: the one place where "the database is unavailable"
 * (db/errors.ts) becomes 503 with Retry-After and a plain message, never a 500 carrying
 * driver text. Anything else is rethrown: Next's own control flow (connection(), notFound)
 * and real bugs, which stay 500 and reach the log.
 */
export function apiRoute<Args extends [Request, ...unknown[]]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      const [request] = args;
      logWarn("database unavailable: answered 503", {
        requestId: request.headers.get("x-request-id") ?? undefined,
        method: request.method,
        path: new URL(request.url).pathname,
        code: errorCode(error),
      });
      return unavailableResponse();
    }
  };
}

function errorCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 8; e = e.cause as typeof e, depth++) {
    if (typeof e.code === "string") return e.code;
  }
  return undefined;
}
