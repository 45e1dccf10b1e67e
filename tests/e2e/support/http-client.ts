import { randomBytes } from "node:crypto";

/** The production server scripts/e2e.ts started for this run (real HTTP, real database). */
const BASE_URL = process.env.E2E_BASE_URL ?? "http://localhost:3100";

/**
 * A client with an address of its own: the test server trusts one proxy hop, so each client
 * speaks from a made-up address and rate limits of one test do not touch the others.
 */
export function httpClient(address = `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${1 + (randomBytes(1)[0] % 250)}`) {
  const request = (path: string, init: RequestInit = {}) =>
    fetch(`${BASE_URL}${path}`, { ...init, redirect: "manual", headers: { "x-forwarded-for": address, ...(init.headers ?? {}) } });
  return {
    address,
    get: (path: string, headers: Record<string, string> = {}) => request(path, { headers }),
    postJson: (path: string, body: unknown, headers: Record<string, string> = {}) =>
      request(path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) }),
    putJson: (path: string, body: unknown, headers: Record<string, string> = {}) =>
      request(path, { method: "PUT", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) }),
    request,
  };
}
