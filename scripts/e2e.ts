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
  if (run("npm", ["run", "build"]) !== 0) process.exit(1);
  console.log(`npm run build took ${((Date.now() - started) / 1000).toFixed(1)} s`);
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
  // lets a test speak from its own address (X-Forwarded-For, one trusted hop), so an
  // address-wide lock-out in one test does not lock out the rest of the suite on localhost
  TRUSTED_PROXY_HOPS: "1",
  ...(pgliteDir ? { PGLITE_DIR: pgliteDir } : {}),
};
// the operator's commands as a production install runs them (npm run db:migrate, …)
const script = (name: string, args: string[] = [], extra: Partial<NodeJS.ProcessEnv> = {}) =>
  run(process.execPath, ["--conditions=react-server", `dist/${name}.js`, ...args], { ...serverEnv, ...extra });
if (process.env.DATABASE_URL) {
  for (const name of ["db-migrate", "db-seed"]) if (script(name) !== 0) process.exit(1);
}
// accounts for the tests, made the way the first admin is made (before the server owns PGlite)
const password = () => `e2e-${randomBytes(12).toString("base64url")}`;
const accounts = {
  moderator: { email: "moderator@e2e.test", password: password(), role: "moderator", name: "E2E Moderator" },
  memberA: { email: "member-a@e2e.test", password: password(), role: "member", name: "E2E Member A" },
  memberB: { email: "member-b@e2e.test", password: password(), role: "member", name: "E2E Member B" },
};
for (const account of Object.values(accounts)) {
  if (script("user-create", [account.email, account.role, account.name], { USER_PASSWORD: account.password }) !== 0) process.exit(1);
}
env.E2E_MODERATOR_EMAIL = accounts.moderator.email;
env.E2E_MODERATOR_PASSWORD = accounts.moderator.password;
env.E2E_ACCOUNTS = JSON.stringify(accounts);

// the production entry point, as `npm start` runs it; its own process group, so stopping it stops everything
const server = spawn(process.execPath, ["dist/server.js"], { env: serverEnv, detached: true, stdio: ["ignore", "inherit", "inherit"] });
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
