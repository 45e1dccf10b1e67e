import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export class MissingSecretError extends Error {}

/**
 * AUTH_SECRET from the environment. On the embedded database (no DATABASE_URL) a missing
 * secret is generated once and kept in .data/auth-secret; in production it must be given.
 */
export function resolveAuthSecret(env: NodeJS.ProcessEnv = process.env, dataDir = ".data"): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.DATABASE_URL) {
    throw new MissingSecretError(
      "AUTH_SECRET is not set. With DATABASE_URL (production) it is required: generate one with\n" +
        "  node -e \"console.log(require('crypto').randomBytes(32).toString('base64url'))\"\n" +
        "and set it in the environment (see .env.example).",
    );
  }
  const file = path.resolve(dataDir, "auth-secret");
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored) return stored;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
