/**
 * `npm run user:create -- <email> <member|moderator|admin>`: creates an account or changes
 * its role. The password comes from USER_PASSWORD or a prompt (only needed for a new account).
 */
import { createInterface } from "node:readline/promises";
import { closeDb } from "../db/index";
import { getUserByEmail, insertUser, updateUser } from "../db/queries/users";
import { ROLES, type Role } from "../lib/domain";
import { hashPassword } from "../lib/auth/password";
import { emailSchema, newPasswordSchema } from "../lib/auth/schema";

async function main() {
  const [emailArg, roleArg] = process.argv.slice(2);
  const email = emailSchema.safeParse(emailArg ?? "");
  if (!email.success || !(ROLES as readonly string[]).includes(roleArg ?? "")) {
    console.error("Usage: npm run user:create -- <email> <member|moderator|admin>");
    return 2;
  }
  const role = roleArg as Role;
  const existing = await getUserByEmail({ email: email.data });
  if (existing) {
    await updateUser({ id: existing.id, role });
    console.log(`${email.data} is now ${role}.`);
    return 0;
  }
  let password = process.env.USER_PASSWORD;
  if (!password) {
    if (!process.stdin.isTTY) {
      console.error("Set USER_PASSWORD (no terminal to ask for a password).");
      return 2;
    }
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    password = await rl.question("Password (8–128 characters): ");
    rl.close();
  }
  const checked = newPasswordSchema.safeParse(password);
  if (!checked.success) {
    console.error(checked.error.issues[0].message === "password_common" ? "That password is too common." : "The password needs 8–128 characters.");
    return 2;
  }
  const name = email.data.split("@")[0].slice(0, 60);
  const user = await insertUser({ email: email.data, name, passwordHash: await hashPassword(checked.data), role });
  console.log(user ? `Created ${email.data} as ${role}.` : `Could not create ${email.data}.`);
  return user ? 0 : 1;
}

const code = await main();
await closeDb();
process.exit(code);
