import "server-only";
import { eq, lt, sql } from "drizzle-orm";
import type { Role } from "@/lib/domain";
import { getDb } from "../index";
import { revokedSessions, users } from "../schema";

export type AppUser = { id: string; email: string; name: string; role: Role };

const publicUser = { id: users.id, email: users.email, name: users.name, role: users.role };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function getUserByEmail({ email }: { email: string }) {
  const db = await getDb();
  const [row] = await db
    .select({ ...publicUser, passwordHash: users.passwordHash, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

/**
 * What a session token is checked against on every read: the account as it is now (roles
 * are never trusted from the token), its session version, and whether this session was
 * signed out. One query.
 */
export async function readSessionUser({ id, sessionId }: { id: string; sessionId: string }) {
  if (!UUID.test(id)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      ...publicUser,
      sessionVersion: users.sessionVersion,
      keptSessionId: users.keptSessionId,
      revoked: sql<boolean>`exists (select 1 from ${revokedSessions} where ${revokedSessions.tokenId} = ${sessionId})`,
    })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  return row ?? null;
}

export async function revokeSession({ sessionId, expiresAt }: { sessionId: string; expiresAt: Date }) {
  const db = await getDb();
  await db.insert(revokedSessions).values({ tokenId: sessionId, expiresAt }).onConflictDoNothing();
  // revocations are needed only until the tokens would have expired anyway
  await db.delete(revokedSessions).where(lt(revokedSessions.expiresAt, new Date()));
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

/**
 * A new password also starts a new session version: every session issued before it ends,
 * except `keepSessionId`, the one that changed it.
 */
export async function updateUser({
  id,
  keepSessionId,
  ...changes
}: {
  id: string;
  name?: string;
  passwordHash?: string;
  role?: Role;
  keepSessionId?: string | null;
}) {
  const db = await getDb();
  const [row] = await db
    .update(users)
    .set({
      ...changes,
      ...(changes.passwordHash ? { sessionVersion: sql`${users.sessionVersion} + 1`, keptSessionId: keepSessionId ?? null } : {}),
      updatedAt: new Date(),
    })
    .where(eq(users.id, id))
    .returning(publicUser);
  return row ?? null;
}
