import { createHash, randomBytes } from "node:crypto";

/**
 * The private follow-up token: 32 random bytes (256 bits) as base64url, 43 characters.
 * Only its sha-256 is stored, so a copy of the database opens no follow-up page.
 */
export function newFollowUpToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashFollowUpToken(token) };
}

export const hashFollowUpToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** The shape newFollowUpToken makes; anything else is refused before the database is asked. */
export const isWellFormedToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);
