import "server-only";
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/**
 * Issued when a form renders: the idempotency key and the render time, signed so a bot
 * cannot claim it spent longer on the form than it did.
 */
export type FormTicket = { idempotencyKey: string; renderedAt: string; signature: string };

const sign = (key: string, renderedAt: string) =>
  createHmac("sha256", env().authSecret).update(`${key}.${renderedAt}`).digest("base64url");

export function issueFormTicket(now = Date.now()): FormTicket {
  const idempotencyKey = randomUUID();
  const renderedAt = String(now);
  return { idempotencyKey, renderedAt, signature: sign(idempotencyKey, renderedAt) };
}

/** Milliseconds the form was open, or null when the ticket is missing or forged. */
export function formFillTime(ticket: Partial<FormTicket>, now = Date.now()): number | null {
  const { idempotencyKey, renderedAt, signature } = ticket;
  if (!idempotencyKey || !renderedAt || !signature || !/^\d{1,15}$/.test(renderedAt)) return null;
  const expected = Buffer.from(sign(idempotencyKey, renderedAt));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return now - Number(renderedAt);
}
