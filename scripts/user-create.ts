/**
 * `npm run user:create -- <email> <member|moderator|admin> [display name]`: creates an
 * account or changes its role. The password comes from USER_PASSWORD or a prompt (only for a
 * new account). The display name is public (page histories); without one the account gets a
 * neutral name, never the e-mail's local part.
 */
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline/promises";
import { closeDb, configureDatabase } from "../db/index";
import { getUserByEmail, insertUser, updateUser } from "../db/queries/users";
import { hashPassword } from "../lib/auth/password";
import { displayNameSchema, emailSchema, newPasswordSchema } from "../lib/auth/schema";
import { ROLES, type Role } from "../lib/domain";
import { env } from "../lib/env";
import { exitOnFailure } from "./cli";

exitOnFailure();

const usage = "Usage: npm run user:create -- <email> <member|moderator|admin> [display name]";

async function ask(question: string) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

async function main() {
  const [emailArg, roleArg, ...nameParts] = process.argv.slice(2);
  const email = emailSchema.safeParse(emailArg ?? "");
  if (!email.success || !(ROLES as readonly string[]).includes(roleArg ?? "")) {
    console.error(usage);
    return 2;
  }
  const role = roleArg as Role;
  const existing = await getUserByEmail({ email: email.data });
  if (existing) {
    await updateUser({ id: existing.id, role });
    console.log(`${email.data} is now ${role}.`);
    return 0;
  }
  let name = nameParts.join(" ").trim();
  if (!name && process.stdin.isTTY) name = (await ask("Public display name (shown in page histories; empty for a neutral one): ")).trim();
  if (!name) name = `${role === "member" ? "Member" : "Moderator"} ${randomBytes(2).toString("hex")}`;
  const checkedName = displayNameSchema.safeParse(name);
  if (!checkedName.success) {
    console.error("The display name needs 1–60 characters.");
    return 2;
  }
  let password = process.env.USER_PASSWORD;
  if (!password) {
    if (!process.stdin.isTTY) {
      console.error("Set USER_PASSWORD (no terminal to ask for a password).");
      return 2;
    }
    password = await ask("Password (10–128 characters): ");
  }
  const checked = newPasswordSchema.safeParse(password);
  if (!checked.success) {
    console.error(checked.error.issues[0].message === "password_common" ? "That password is too common." : "The password needs 10–128 characters.");
    return 2;
  }
  const user = await insertUser({ email: email.data, name: checkedName.data, passwordHash: await hashPassword(checked.data), role });
  console.log(user ? `Created ${email.data} (${checkedName.data}) as ${role}.` : `Could not create ${email.data}.`);
  return user ? 0 : 1;
}

configureDatabase(env().database);
const code = await main();
await closeDb();
process.exit(code);
