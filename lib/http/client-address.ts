import "server-only";
import { createHash } from "node:crypto";

/**
 * The sender's address. scripts/serve.ts overwrites X-Forwarded-For with the socket's
 * address unless TRUST_PROXY=1, in which case the entry our proxy appended (the last) is used.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for") ?? "";
  const entries = forwarded.split(",").map((s) => s.trim()).filter(Boolean);
  const address = entries.length ? entries[entries.length - 1] : "unknown";
  return address.replace(/^::ffff:/, "");
}

/** Addresses are never stored: only a salted hash, enough to count and to deduplicate. */
export function hashAddress(address: string): string {
  const salt = process.env.AUTH_SECRET ?? "sim-exit";
  return createHash("sha256").update(`${salt}:${address}`).digest("hex").slice(0, 40);
}
