import "server-only";
import { createHash } from "node:crypto";
import { env } from "@/lib/env";

/**
 * The sender's address. The HTTP server (scripts/server.ts) replaces X-Forwarded-For with
 * the one address it believes (lib/http/forwarded.ts); the last entry is that address.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for") ?? "";
  const entries = forwarded.split(",").map((s) => s.trim()).filter(Boolean);
  const address = entries.length ? entries[entries.length - 1] : "unknown";
  return address.replace(/^::ffff:/, "");
}

/** Addresses are never stored: only a salted hash, enough to count and to deduplicate. */
export function hashAddress(address: string): string {
  return createHash("sha256").update(`${env().authSecret}:${address}`).digest("hex").slice(0, 40);
}
