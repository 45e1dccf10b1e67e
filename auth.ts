import { randomUUID } from "node:crypto";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import { getUserByEmail, readSessionUser, revokeSession } from "@/db/queries/users";
import type { Role } from "@/lib/domain";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { verifyPassword } from "@/lib/auth/password";
import { signInSchema } from "@/lib/auth/schema";
import { sessionStillValid } from "@/lib/auth/session-token";
import { forgiveSignInAttempt, takeSignInAttempt } from "@/lib/auth/throttle";
import { logError } from "@/lib/log";

/** Too many failures: refused even with the right password until the window passes. */
export class SignInThrottled extends CredentialsSignin {
  code = "rate_limited";
}

const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; role: Role };
  }
  interface User {
    sessionVersion?: number;
  }
}

type SessionClaims = { sub?: string; sid?: string; sv?: number; name?: string | null; email?: string | null; role?: Role };

const nextAuth = NextAuth(() => ({
  trustHost: true, // self-hosted; the HTTP server drops forwarded host headers no trusted proxy set
  secret: env().authSecret,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/signin" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        // the attempt counts before the password is checked, atomically: parallel guesses cannot overshoot
        const attempt = await takeSignInAttempt({ email, address: clientAddress(request.headers) });
        if (!attempt.ok) throw new SignInThrottled();
        const user = await getUserByEmail({ email });
        // verify against a dummy hash when the email is unknown: same work, same timing
        if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) return null;
        await forgiveSignInAttempt(attempt);
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    /**
     * Runs on every read of the session (auth(), /api/auth/session): the token must belong to
     * an existing account, carry its current session version (a password change bumps it) and
     * not have been signed out. The role and name come fresh from the same row.
     */
    async jwt({ token, user }) {
      const claims = token as typeof token & SessionClaims;
      if (user?.id) {
        claims.sub = user.id;
        claims.sid = randomUUID();
        claims.sv = user.sessionVersion ?? 1;
      }
      if (!claims.sub || !claims.sid) return null;
      const current = await readSessionUser({ id: claims.sub, sessionId: claims.sid });
      if (!current || !sessionStillValid(claims, current)) return null;
      claims.sv = current.sessionVersion; // the session that changed the password moves to the new version
      claims.name = current.name;
      claims.email = current.email;
      claims.role = current.role;
      return claims;
    },
    session({ session, token }) {
      const claims = token as typeof token & SessionClaims;
      session.user = { ...session.user, id: claims.sub!, name: claims.name ?? "", email: claims.email ?? "", role: claims.role ?? "member" };
      return session;
    },
  },
  events: {
    // a signed-out token stops working even if someone kept a copy of it
    async signOut(message) {
      const token = "token" in message ? (message.token as SessionClaims | null) : null;
      if (token?.sid) await revokeSession({ sessionId: token.sid, expiresAt: new Date(Date.now() + SESSION_MAX_AGE_S * 1000) });
    },
  },
  logger: {
    // a wrong password is an expected outcome, not an error worth a stack trace
    error(error) {
      const type = (error as { type?: string }).type;
      if (type === "CredentialsSignin") return;
      logError("auth", error);
    },
  },
}));

export const { handlers, signIn, signOut } = nextAuth;
/** One session read per request. */
export const auth = cache(nextAuth.auth);
