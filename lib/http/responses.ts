import "server-only";

export type ApiErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

export function apiError(status: number, code: string, message: string, init: { fields?: Record<string, string>; headers?: HeadersInit } = {}) {
  const body: ApiErrorBody = { error: { code, message, ...(init.fields ? { fields: init.fields } : {}) } };
  return Response.json(body, { status, headers: init.headers });
}

export const notFoundResponse = (what = "Not found") => apiError(404, "not_found", what);

const MAX_JSON_BODY_BYTES = 32 * 1024;

/**
 * Reads a JSON request body safely: 415 unless it is JSON, 413 past the size limit (also
 * when Content-Length lies or is absent), 400 when it does not parse.
 */
export async function readJsonBody(
  request: Request,
  { maxBytes = MAX_JSON_BODY_BYTES }: { maxBytes?: number } = {},
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType.trim())) {
    return { ok: false, response: apiError(415, "unsupported_media_type", "Send the body as application/json.") };
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  const tooLarge = () => apiError(413, "payload_too_large", `The body may be at most ${maxBytes} bytes.`);
  if (declared > maxBytes) return { ok: false, response: tooLarge() };
  if (!request.body) return { ok: false, response: apiError(400, "invalid_json", "The body is empty.") };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return { ok: false, response: tooLarge() };
    }
    chunks.push(value);
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: apiError(400, "invalid_json", "The body is not valid JSON.") };
  }
}

/** Slugs in paths and queries: lower-case letters, digits and hyphens. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

export const invalidSlugResponse = (name: string) =>
  apiError(400, "invalid_parameter", `${name} must be lower-case letters, digits and hyphens.`, { fields: { [name]: "Not a valid slug." } });

/**
 * Conditional GET for cached reads: an ETag from the data's version, a Cache-Control a CDN
 * may keep but must revalidate (so no one is served stale figures), and 304 when it matches.
 */
export function conditionalJson(request: Request, body: unknown, etag: string, init: { headers?: Record<string, string> } = {}) {
  const headers = {
    ETag: etag,
    "Cache-Control": "public, max-age=0, must-revalidate, stale-if-error=86400",
    ...init.headers,
  };
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").some((tag) => tag.trim() === etag || tag.trim() === "*")) {
    return new Response(null, { status: 304, headers });
  }
  return Response.json(body, { headers });
}

/** Query parameters that must be one of a list: undefined when absent, an error when wrong. */
export function enumParam<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]) {
  const value = params.get(name);
  if (value === null || value === "") return { ok: true as const, value: undefined };
  if ((allowed as readonly string[]).includes(value)) return { ok: true as const, value: value as T };
  return { ok: false as const, message: `${name} must be one of: ${allowed.join(", ")}` };
}
