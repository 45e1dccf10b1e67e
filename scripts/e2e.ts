/**
 * `npm run test:e2e`: build, start the production server on a fresh database (a temporary
 * PGlite folder, or DATABASE_URL), run Playwright in Chromium, stop the server.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureChromium } from "./ensure-chromium";

const port = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://localhost:${port}`;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  CHROMIUM_PATH: await ensureChromium(),
  E2E_BASE_URL: baseURL,
  E2E_REPORT_LIMIT: "200",
};

function run(command: string, args: string[], extra: Partial<NodeJS.ProcessEnv> = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extra } as NodeJS.ProcessEnv });
  return result.status ?? 1;
}

if (process.env.E2E_SKIP_BUILD !== "1") {
  const started = Date.now();
  if (run("npx", ["next", "build"]) !== 0) process.exit(1);
  console.log(`next build took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const pgliteDir = process.env.DATABASE_URL ? null : mkdtempSync(path.join(tmpdir(), "simexit-e2e-"));
const serverEnv: NodeJS.ProcessEnv = {
  ...env,
  PORT: String(port),
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  SEED_DEMO: "0",
  // the suite registers many accounts and posts many reports from one address
  SIGNUP_LIMIT_PER_HOUR: "1000",
  REPORT_LIMIT_PER_HOUR: "200",
  // lets a test speak from its own address (X-Forwarded-For), so an address-wide lock-out
  // in one test does not lock out the rest of the suite on localhost
  TRUST_PROXY: "1",
  ...(pgliteDir ? { PGLITE_DIR: pgliteDir } : {}),
};
if (process.env.DATABASE_URL) {
  for (const script of ["db-migrate.ts", "db-seed.ts"]) {
    if (run("npx", ["tsx", "--conditions=react-server", `scripts/${script}`], serverEnv) !== 0) process.exit(1);
  }
}
// a moderator for the tests, made the way the first admin is made (before the server owns PGlite)
const moderator = { email: "moderator@e2e.test", password: `e2e-${randomBytes(9).toString("base64url")}` };
if (run("npx", ["tsx", "--conditions=react-server", "scripts/user-create.ts", moderator.email, "moderator"], { ...serverEnv, USER_PASSWORD: moderator.password }) !== 0) {
  process.exit(1);
}
env.E2E_MODERATOR_EMAIL = moderator.email;
env.E2E_MODERATOR_PASSWORD = moderator.password;

// its own process group, so stopping it stops next-server too
const server = spawn("npx", ["tsx", "scripts/serve.ts"], { env: serverEnv, detached: true, stdio: ["ignore", "inherit", "inherit"] });
const stopServer = () => {
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {
    // already gone
  }
};
process.on("exit", stopServer);

const started = Date.now();
let ready = false;
while (Date.now() - started < 120_000) {
  try {
    if ((await fetch(`${baseURL}/api/health`)).status === 200) {
      ready = true;
      break;
    }
  } catch {
    // not listening yet
  }
  await new Promise((r) => setTimeout(r, 250));
}
if (!ready) {
  console.error("The server did not become healthy within 120 s.");
  process.exit(1);
}
console.log(`Server healthy after ${((Date.now() - started) / 1000).toFixed(1)} s (cold start on a new database).`);

const status = run("npx", ["playwright", "test", ...process.argv.slice(2)]);
stopServer();
await new Promise((r) => setTimeout(r, 500));
if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
process.exit(status);
