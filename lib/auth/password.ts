import "server-only";
import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2 defaults: Argon2id, m = 19456 KiB, t = 2, p = 1 (the OWASP minimum).
export function hashPassword(password: string) {
  return hash(password);
}

// A real hash of a random password: unknown emails cost one verify too, so timing reveals nothing.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$GUYe4R+F/185ek3E8pD0aw$LYckR6cUuGNYzr+2JBy0YPUNsU1OxCFpaa+z3OMZW50";

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? DUMMY_HASH, password);
    return passwordHash !== null && ok;
  } catch {
    return false;
  }
}
