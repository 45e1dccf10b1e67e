import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import { getUserByEmail } from "@/db/queries/users";
import { clientAddress } from "@/lib/http/client-address";
import { verifyPassword } from "@/lib/auth/password";
import { signInSchema } from "@/lib/auth/schema";
import { recordSignInFailure, signInAllowed } from "@/lib/auth/throttle";

/** Too many failures: refused even with the right password until the window passes. */
export class SignInThrottled extends CredentialsSignin {
  code = "rate_limited";
}

const nextAuth = NextAuth({
  trustHost: true, // self-hosted: the Host header is the site's own
  secret: process.env.AUTH_SECRET,
  session: { strategy: "jwt" },
  pages: { signIn: "/signin" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const address = clientAddress(request.headers);
        if (!(await signInAllowed({ email, address })).ok) throw new SignInThrottled();
        const user = await getUserByEmail({ email });
        // verify against a dummy hash when the email is unknown: same work, same timing
        if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) {
          await recordSignInFailure({ email, address });
          return null;
        }
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  logger: {
    // a wrong password is an expected outcome, not an error worth a stack trace
    error(error) {
      const type = (error as { type?: string }).type;
      if (type === "CredentialsSignin") return;
      console.error(error);
    },
  },
});

export const { handlers, signIn, signOut } = nextAuth;
/** One session read per request. */
export const auth = cache(nextAuth.auth);
