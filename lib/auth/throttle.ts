import "server-only";
import { consumeRateLimit, consumeRateLimits, deleteRateLimitEvents } from "@/db/queries/rate-limits";
import { env } from "@/lib/env";

const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_MAX_FAILURES = 10;
const SIGN_UP_WINDOW_MS = 60 * 60 * 1000;

export type SignInAttempt = { ok: true; eventIds: number[] } | { ok: false; retryAfterSeconds: number };

/**
 * Every password check (sign-in, or the current password when changing it) takes an attempt
 * for the account and for the address first, atomically: after 10 in 15 minutes the check is
 * refused, even with the right password. A right password gives its attempt back.
 */
export function takeSignInAttempt({ email, address }: { email: string; address: string }): Promise<SignInAttempt> {
  return consumeRateLimits([
    { bucket: "signin-fail-account", subject: email.trim().toLowerCase(), limit: SIGN_IN_MAX_FAILURES, windowMs: SIGN_IN_WINDOW_MS },
    { bucket: "signin-fail-address", subject: address, limit: SIGN_IN_MAX_FAILURES, windowMs: SIGN_IN_WINDOW_MS },
  ]);
}

export async function forgiveSignInAttempt(attempt: SignInAttempt) {
  if (attempt.ok) await deleteRateLimitEvents({ ids: attempt.eventIds });
}

export function consumeSignUp({ address }: { address: string }) {
  return consumeRateLimit({ bucket: "signup", subject: address, limit: env().signupLimitPerHour, windowMs: SIGN_UP_WINDOW_MS });
}
