import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "../index";
import { users, type Role } from "../schema";

export type AppUser = { id: string; email: string; name: string; role: Role };

const publicUser = { id: users.id, email: users.email, name: users.name, role: users.role };

export async function getUserByEmail({ email }: { email: string }) {
  const db = await getDb();
  const [row] = await db
    .select({ ...publicUser, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

/** Fresh from the database on every call: roles are never trusted from a session token. */
export async function getUserById({ id }: { id: string }): Promise<AppUser | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const db = await getDb();
  const [row] = await db.select(publicUser).from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

export async function getPasswordHash({ id }: { id: string }) {
  const db = await getDb();
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, id)).limit(1);
  return row?.passwordHash ?? null;
}

/** null when the email is taken (the unique index decides, also under concurrency). */
export async function insertUser(input: { email: string; name: string; passwordHash: string; role?: Role }): Promise<AppUser | null> {
  const db = await getDb();
  const [row] = await db
    .insert(users)
    .values({ ...input, email: input.email.trim().toLowerCase() })
    .onConflictDoNothing({ target: users.email })
    .returning(publicUser);
  return row ?? null;
}

export async function updateUser({ id, ...changes }: { id: string; name?: string; passwordHash?: string; role?: Role }) {
  const db = await getDb();
  const [row] = await db
    .update(users)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning(publicUser);
  return row ?? null;
}
