import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { DatabaseSettings } from "@/db/client";

/**
 * Every setting the app reads, parsed once with zod. The only module that reads
 * process.env for configuration; .env.example documents the same variables.
 */

export class ConfigurationError extends Error {}

const whole = (fallback: number, { min = 0, max = 1_000_000 } = {}) =>
  z.preprocess(
    (value) => (value === undefined || value === "" ? fallback : Number(value)),
    z.number().int().min(min).max(max),
  );

const optionalWhole = ({ max }: { max: number }) =>
  z.preprocess((value) => (value === undefined || value === "" ? undefined : Number(value)), z.number().int().min(0).max(max).optional());

const flag = z.enum(["0", "1"]).optional();

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATABASE_POOL_SIZE: whole(10, { min: 1, max: 200 }),
  PGLITE_DIR: z.string().default(".data/pglite"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (use the command in .env.example)").optional(),
  PORT: whole(3000, { min: 1, max: 65535 }),
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  TRUSTED_PROXY_HOPS: optionalWhole({ max: 10 }),
  // older name, kept so existing deployments keep working: TRUST_PROXY=1 means one proxy
  TRUST_PROXY: flag,
  SEED_DEMO: flag,
  REPORT_LIMIT_PER_HOUR: whole(10, { min: 1 }),
  SIGNUP_LIMIT_PER_HOUR: whole(5, { min: 1 }),
  FLAG_THRESHOLD: whole(3, { min: 1, max: 100 }),
  FLAG_LIMIT_PER_HOUR: whole(20, { min: 1 }),
  POLICY_VOTE_LIMIT_PER_HOUR: whole(30, { min: 1 }),
  NODE_ENV: z.string().optional(),
  NEXT_PHASE: z.string().optional(),
});

export type Env = {
  database: DatabaseSettings;
  authSecret: string;
  port: number;
  siteUrl: string;
  trustedProxyHops: number;
  reportLimitPerHour: number;
  signupLimitPerHour: number;
  flagThreshold: number;
  flagLimitPerHour: number;
  policyVoteLimitPerHour: number;
  seedDemo: boolean;
  production: boolean;
};

const BUILD_PHASE = "phase-production-build";

/** Parses an environment; throws ConfigurationError with every problem listed. */
function parseEnv(source: NodeJS.ProcessEnv, { dataDir = ".data" }: { dataDir?: string } = {}): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigurationError(`Invalid configuration:\n${lines.join("\n")}\nSee .env.example.`);
  }
  const raw = parsed.data;
  // `next build` prerenders against a throwaway seeded database: build output never holds live data
  const building = raw.NEXT_PHASE === BUILD_PHASE;
  // demo reports: `npm run dev`, or SEED_DEMO=1; never in production unless asked for
  const seedDemo = raw.SEED_DEMO ? raw.SEED_DEMO === "1" : raw.NODE_ENV === "development";
  const database: DatabaseSettings = building
    ? { kind: "memory" }
    : raw.DATABASE_URL
      ? { kind: "postgres", url: raw.DATABASE_URL, poolSize: raw.DATABASE_POOL_SIZE }
      : {
          kind: "pglite",
          dir: path.resolve(/* turbopackIgnore: true */ raw.PGLITE_DIR),
          seedDemo,
        };
  return {
    database,
    // nothing is signed while building, so the build never creates or needs a secret
    authSecret: building ? "" : resolveAuthSecret(raw.AUTH_SECRET, database, dataDir),
    port: raw.PORT,
    siteUrl: (raw.SITE_URL ?? `http://localhost:${raw.PORT}`).replace(/\/+$/, ""),
    trustedProxyHops: raw.TRUSTED_PROXY_HOPS ?? (raw.TRUST_PROXY === "1" ? 1 : 0),
    reportLimitPerHour: raw.REPORT_LIMIT_PER_HOUR,
    signupLimitPerHour: raw.SIGNUP_LIMIT_PER_HOUR,
    flagThreshold: raw.FLAG_THRESHOLD,
    flagLimitPerHour: raw.FLAG_LIMIT_PER_HOUR,
    policyVoteLimitPerHour: raw.POLICY_VOTE_LIMIT_PER_HOUR,
    seedDemo,
    production: raw.NODE_ENV === "production",
  };
}

/**
 * AUTH_SECRET from the environment. On the embedded database a missing secret is generated
 * once and kept in .data/auth-secret; with PostgreSQL (production) it must be given.
 */
function resolveAuthSecret(given: string | undefined, database: DatabaseSettings, dataDir: string): string {
  if (given) return given;
  if (database.kind === "postgres") {
    throw new ConfigurationError(
      "AUTH_SECRET is not set. With DATABASE_URL (production) it is required: generate one with\n" +
        "  node -e \"console.log(require('crypto').randomBytes(32).toString('base64url'))\"\n" +
        "and set it in the environment (see .env.example).",
    );
  }
  const file = path.resolve(/* turbopackIgnore: true */ dataDir, "auth-secret");
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return stored;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

let loaded: Env | undefined;

/** The configuration of this process, parsed on first use (at start-up: see instrumentation.ts). */
export function env(): Env {
  if (!loaded) {
    loaded = parseEnv(process.env);
    // child processes and a second module copy (the HTTP server and the Next bundle) agree
    if (loaded.authSecret) process.env.AUTH_SECRET = loaded.authSecret;
  }
  return loaded;
}
