import "server-only";
import { decode } from "next-auth/jwt";
import { readSessionUser, type AppUser } from "@/db/queries/users";
import { env } from "@/lib/env";

const COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/**
 * The account behind a session cookie, checked like auth() checks it (same account, same
 * session version, not signed out), for code that runs before the page: the proxy.
 */
export async function userFromSessionCookie(cookies: { get(name: string): { value: string } | undefined }): Promise<AppUser | null> {
  for (const name of COOKIES) {
    const token = cookies.get(name)?.value;
    if (!token) continue;
    try {
      const claims = await decode({ token, secret: env().authSecret, salt: name });
      if (!claims?.sub || typeof claims.sid !== "string") return null;
      const user = await readSessionUser({ id: claims.sub, sessionId: claims.sid });
      if (!user || user.revoked || user.sessionVersion !== claims.sv) return null;
      return { id: user.id, email: user.email, name: user.name, role: user.role };
    } catch {
      return null; // not a token of ours (or an old secret)
    }
  }
  return null;
}
