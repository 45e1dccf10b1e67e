import { z } from "zod";
import { safeString } from "@/lib/text";
import { isCommonPassword } from "./common-passwords";

// NIST SP 800-63B: at least 8, better more; with the breached-password check, 10
const PASSWORD_MIN = 10;
const PASSWORD_MAX = 128;

export const emailSchema = z.email({ error: "invalid_email" }).max(254, "invalid_email").transform((e) => e.toLowerCase());

export const newPasswordSchema = z
  .string({ error: "password_length" })
  .min(PASSWORD_MIN, "password_length")
  .max(PASSWORD_MAX, "password_length")
  .refine((p) => !isCommonPassword(p), "password_common");

export const displayNameSchema = safeString("name_required").trim().min(1, "name_required").max(60, "name_too_long");

export const registerSchema = z.object({
  email: z.string().trim().pipe(emailSchema),
  name: displayNameSchema,
  password: newPasswordSchema,
});

export const signInSchema = z.object({
  email: z.string().trim().pipe(emailSchema),
  // never longer than we would store: long inputs are not worth hashing
  password: z.string().min(1, "required").max(PASSWORD_MAX, "password_length"),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "required").max(PASSWORD_MAX, "password_length"),
  newPassword: newPasswordSchema,
});

export const profileSchema = z.object({ name: displayNameSchema });
