"use server";

import { AuthError } from "next-auth";
import { cookies, headers } from "next/headers";
import { signIn, signOut, SignInThrottled } from "@/auth";
import { getPasswordHash, insertUser, updateUser } from "@/db/queries/users";
import { localizedPath } from "@/i18n/paths";
import { echo, formLocale, issueCodes, nextFormState, safeReturnPath, type FormState } from "@/lib/forms";
import { clientAddress } from "@/lib/http/client-address";
import { currentUser } from "./current-user";
import { hashPassword, verifyPassword } from "./password";
import { sessionIdFromCookies } from "./session-token";
import { changePasswordSchema, profileSchema, registerSchema, signInSchema } from "./schema";
import { consumeSignUp, forgiveSignInAttempt, takeSignInAttempt } from "./throttle";

const SECRETS = ["password", "currentPassword", "newPassword"];

/** A refused sign-in, sign-up or change: the codes, and what was typed but the passwords. */
const refused = (previous: FormState, form: FormData, errors: Record<string, string>) => nextFormState(previous, { errors, values: echo(form, SECRETS) });

async function signInOrExplain(email: string, password: string, redirectTo: string, previous: FormState, form: FormData): Promise<FormState> {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    if (error instanceof SignInThrottled) return refused(previous, form, { form: "signin_throttled" });
    if (error instanceof AuthError) return refused(previous, form, { form: "signin_failed" });
    throw error; // the redirect after a successful sign-in
  }
  return previous;
}

export async function signInAction(previous: FormState, form: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
  if (!parsed.success) return refused(previous, form, issueCodes(parsed.error));
  const returnTo = safeReturnPath(form.get("returnTo"));
  const redirectTo = returnTo === "/" ? localizedPath(formLocale(form), "/") : returnTo;
  return signInOrExplain(parsed.data.email, parsed.data.password, redirectTo, previous, form);
}

export async function registerAction(previous: FormState, form: FormData): Promise<FormState> {
  const parsed = registerSchema.safeParse({ email: form.get("email"), name: form.get("name"), password: form.get("password") });
  const fail = (errors: Record<string, string>) => refused(previous, form, errors);
  if (!parsed.success) return fail(issueCodes(parsed.error));
  const address = clientAddress(await headers());
  const passwordHash = await hashPassword(parsed.data.password);
  const created = await consumeSignUp({ address });
  if (!created.ok) return fail({ form: "signup_throttled" });
  const user = await insertUser({ email: parsed.data.email, name: parsed.data.name, passwordHash });
  if (!user) return fail({ email: "email_taken" });
  return signInOrExplain(parsed.data.email, parsed.data.password, localizedPath(formLocale(form), "/account"), previous, form);
}

export async function signOutAction(form: FormData) {
  await signOut({ redirectTo: localizedPath(formLocale(form), "/") });
}

export async function updateProfileAction(previous: FormState, form: FormData): Promise<FormState> {
  const user = await currentUser();
  if (!user) return refused(previous, form, { form: "signed_out" });
  const parsed = profileSchema.safeParse({ name: form.get("name") });
  if (!parsed.success) return refused(previous, form, issueCodes(parsed.error));
  await updateUser({ id: user.id, name: parsed.data.name });
  return nextFormState(previous, { errors: {}, values: { name: parsed.data.name }, ok: true });
}

/**
 * A password change is a password check like a sign-in (the same throttle, taken before the
 * check), and ends every other session: the new session version invalidates all their tokens.
 */
export async function changePasswordAction(previous: FormState, form: FormData): Promise<FormState> {
  // nothing to show again: the form holds passwords only
  const fail = (errors: Record<string, string>) => nextFormState(previous, { errors, values: {} });
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
  return nextFormState(previous, { errors: {}, values: {}, ok: true });
}
