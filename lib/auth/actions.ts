"use server";

import { AuthError } from "next-auth";
import { cookies, headers } from "next/headers";
import { signIn, signOut, SignInThrottled } from "@/auth";
import { getPasswordHash, insertUser, updateUser } from "@/db/queries/users";
import { localizedPath } from "@/i18n/paths";
import { echo, issueCodes, safeReturnPath, type FormState } from "@/lib/forms";
import { clientAddress } from "@/lib/http/client-address";
import { currentUser } from "./current-user";
import { hashPassword, verifyPassword } from "./password";
import { sessionIdFromCookies } from "./session-token";
import { changePasswordSchema, profileSchema, registerSchema, signInSchema } from "./schema";
import { consumeSignUp, forgiveSignInAttempt, takeSignInAttempt } from "./throttle";

const SECRETS = ["password", "currentPassword", "newPassword"];

const localized = (locale: unknown, path: string) => localizedPath(locale === "en" ? "en" : "zh", path);

async function signInOrExplain(email: string, password: string, redirectTo: string, previous: FormState, form: FormData): Promise<FormState> {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    if (error instanceof SignInThrottled) {
      return { errors: { form: "signin_throttled" }, values: echo(form, SECRETS), submissions: previous.submissions + 1 };
    }
    if (error instanceof AuthError) {
      return { errors: { form: "signin_failed" }, values: echo(form, SECRETS), submissions: previous.submissions + 1 };
    }
    throw error; // the redirect after a successful sign-in
  }
  return previous;
}

export async function signInAction(previous: FormState, form: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
  if (!parsed.success) {
    return { errors: issueCodes(parsed.error), values: echo(form, SECRETS), submissions: previous.submissions + 1 };
  }
  const redirectTo = safeReturnPath(form.get("returnTo")) === "/" ? localized(form.get("locale"), "/") : safeReturnPath(form.get("returnTo"));
  return signInOrExplain(parsed.data.email, parsed.data.password, redirectTo, previous, form);
}

export async function registerAction(previous: FormState, form: FormData): Promise<FormState> {
  const parsed = registerSchema.safeParse({ email: form.get("email"), name: form.get("name"), password: form.get("password") });
  const fail = (errors: Record<string, string>) => ({ errors, values: echo(form, SECRETS), submissions: previous.submissions + 1 });
  if (!parsed.success) return fail(issueCodes(parsed.error));
  const address = clientAddress(await headers());
  const passwordHash = await hashPassword(parsed.data.password);
  const created = await consumeSignUp({ address });
  if (!created.ok) return fail({ form: "signup_throttled" });
  const user = await insertUser({ email: parsed.data.email, name: parsed.data.name, passwordHash });
  if (!user) return fail({ email: "email_taken" });
  return signInOrExplain(parsed.data.email, parsed.data.password, localized(form.get("locale"), "/account"), previous, form);
}

export async function signOutAction(form: FormData) {
  await signOut({ redirectTo: localized(form.get("locale"), "/") });
}

export async function updateProfileAction(previous: FormState, form: FormData): Promise<FormState> {
  const user = await currentUser();
  if (!user) return { errors: { form: "signed_out" }, values: echo(form), submissions: previous.submissions + 1 };
  const parsed = profileSchema.safeParse({ name: form.get("name") });
  if (!parsed.success) return { errors: issueCodes(parsed.error), values: echo(form), submissions: previous.submissions + 1 };
  await updateUser({ id: user.id, name: parsed.data.name });
  return { errors: {}, values: { name: parsed.data.name }, ok: true, message: "profile_saved", submissions: previous.submissions + 1 };
}

/**
 * A password change is a password check like a sign-in (the same throttle, taken before the
 * check), and ends every other session: the new session version invalidates all their tokens.
 */
export async function changePasswordAction(previous: FormState, form: FormData): Promise<FormState> {
  const fail = (errors: Record<string, string>) => ({ errors, values: {}, submissions: previous.submissions + 1 });
  const user = await currentUser();
  if (!user) return fail({ form: "signed_out" });
  const parsed = changePasswordSchema.safeParse({ currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") });
  if (!parsed.success) return fail(issueCodes(parsed.error));
  const attempt = await takeSignInAttempt({ email: user.email, address: clientAddress(await headers()) });
  if (!attempt.ok) return fail({ form: "signin_throttled" });
  if (!(await verifyPassword(await getPasswordHash({ id: user.id }), parsed.data.currentPassword))) {
    return fail({ currentPassword: "password_wrong" });
  }
  await forgiveSignInAttempt(attempt);
  // every session issued before ends, but this one: it is the reader who just proved the password
  const keepSessionId = await sessionIdFromCookies(await cookies());
  await updateUser({ id: user.id, passwordHash: await hashPassword(parsed.data.newPassword), keepSessionId });
  return { errors: {}, values: {}, ok: true, message: "password_changed", submissions: previous.submissions + 1 };
}
