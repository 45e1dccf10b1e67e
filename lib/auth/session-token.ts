import "server-only";
import { decode } from "next-auth/jwt";
import { readSessionUser, type AppUser } from "@/db/queries/users";
import { env } from "@/lib/env";

const COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

export type SessionClaims = { sub?: string; sid?: string; sv?: number };

/**
 * Whether a session token is still good for its account: not signed out, and issued with
 * the account's current session version (a password change bumps it) — or it is the very
 * session that changed the password, one version behind.
 */
export function sessionStillValid(
  claims: SessionClaims,
  account: { sessionVersion: number; keptSessionId: string | null; revoked: boolean },
): boolean {
  if (account.revoked || claims.sv === undefined) return false;
  if (claims.sv === account.sessionVersion) return true;
  return claims.sid === account.keptSessionId && claims.sv === account.sessionVersion - 1;
}

async function claimsFromCookies(cookies: { get(name: string): { value: string } | undefined }) {
  for (const name of COOKIES) {
    const token = cookies.get(name)?.value;
    if (!token) continue;
    try {
      return ((await decode({ token, secret: env().authSecret, salt: name })) ?? null) as SessionClaims | null;
    } catch {
      return null; // not a token of ours (or an old secret)
    }
  }
  return null;
}

/** The id of the session a request carries (its cookie), if any. */
export async function sessionIdFromCookies(cookies: { get(name: string): { value: string } | undefined }): Promise<string | null> {
  return (await claimsFromCookies(cookies))?.sid ?? null;
}

/**
 * The account behind a session cookie, checked like auth() checks it, for code that runs
 * before the page: the proxy.
 */
export async function userFromSessionCookie(cookies: { get(name: string): { value: string } | undefined }): Promise<AppUser | null> {
  const claims = await claimsFromCookies(cookies);
  if (!claims?.sub || typeof claims.sid !== "string") return null;
  const user = await readSessionUser({ id: claims.sub, sessionId: claims.sid });
  if (!user || !sessionStillValid(claims, user)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
