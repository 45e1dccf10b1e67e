import "server-only";
import { checkRateLimit, consumeRateLimit, recordRateLimitEvent } from "@/db/queries/rate-limits";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_MAX_FAILURES = 10;
export const SIGN_UP_WINDOW_MS = 60 * 60 * 1000;
// configurable so a test server can register many accounts from one address
export const SIGN_UPS_PER_ADDRESS = Number(process.env.SIGNUP_LIMIT_PER_HOUR || 5);

/** Refuses sign-in — even with the right password — after 10 failures for the account or the address. */
export async function signInAllowed({ email, address }: { email: string; address: string }) {
  const [account, source] = await Promise.all([
    checkRateLimit({ bucket: "signin-fail-account", subject: email, limit: SIGN_IN_MAX_FAILURES, windowMs: SIGN_IN_WINDOW_MS }),
    checkRateLimit({ bucket: "signin-fail-address", subject: address, limit: SIGN_IN_MAX_FAILURES, windowMs: SIGN_IN_WINDOW_MS }),
  ]);
  if (!account.ok) return account;
  if (!source.ok) return source;
  return { ok: true as const };
}

export async function recordSignInFailure({ email, address }: { email: string; address: string }) {
  await Promise.all([
    recordRateLimitEvent({ bucket: "signin-fail-account", subject: email }),
    recordRateLimitEvent({ bucket: "signin-fail-address", subject: address }),
  ]);
}

export function consumeSignUp({ address }: { address: string }) {
  return consumeRateLimit({ bucket: "signup", subject: address, limit: SIGN_UPS_PER_ADDRESS, windowMs: SIGN_UP_WINDOW_MS });
}
