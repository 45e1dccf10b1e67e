import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/*
 * Production servers for system tests and benchmarks: `node dist/server.js` (what `npm start`
 * runs) from the last build, each in its own process group, on its own port.
 */

/** Variables for a server or script, on top of this process's. */
export type ServerEnv = Record<string, string | undefined>;

export type RunningServer = { url: string; port: number; env: ServerEnv; stop: () => Promise<void>; output: () => string };

const base = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
let nextPort = Number(process.env.SYSTEM_PORT || 3200);

export function postgresUrl(): string | null {
  return process.env.DATABASE_URL ?? null;
}

/** A fresh PostgreSQL database on the server DATABASE_URL names, migrated and seeded by the production scripts. */
export async function freshPostgresDatabase(adminUrl = postgresUrl(), extraEnv: ServerEnv = {}): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = adminUrl;
  if (!admin) throw new Error("DATABASE_URL is not set");
  const { default: postgres } = await import("postgres");
  const name = `simexit_system_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const sql = postgres(admin, { max: 1, onnotice: () => {} });
  await sql.unsafe(`CREATE DATABASE ${name}`);
  const target = new URL(admin);
  target.pathname = `/${name}`;
  const url = target.toString();
  const env = { ...base, DATABASE_URL: url, AUTH_SECRET: "system-test-secret-0123456789abcdefghijklmnop", ...extraEnv };
  for (const script of ["db-migrate", "db-seed"]) runScript(script, [], env);
  return {
    url,
    drop: async () => {
      await sql.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await sql.end({ timeout: 5 });
    },
  };
}

export function runScript(name: string, args: string[], env: ServerEnv) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", `dist/${name}.js`, ...args], { env: { ...process.env, ...env }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${name} failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

/** A temporary folder for an embedded database; removed by `cleanup`. */
export function pgliteFolder() {
  const dir = mkdtempSync(path.join(tmpdir(), "simexit-system-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startServer(env: ServerEnv): Promise<RunningServer> {
  const port = nextPort++;
  const fullEnv = { ...base, AUTH_SECRET: "system-test-secret-0123456789abcdefghijklmnop", ...env, PORT: String(port) };
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["dist/server.js"], { env: fullEnv, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const url = `http://localhost:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 90_000) throw new Error(`server not healthy after 90 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    port,
    env: fullEnv,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        try {
          process.kill(-child.pid!, "SIGTERM");
        } catch {
          resolve();
        }
      }),
  };
}

/** Signs in over Auth.js's HTTP endpoints; returns the cookie header for later requests. */
export async function signIn(url: string, email: string, password: string, address = "203.0.113.1"): Promise<string> {
  const headers = { "x-forwarded-for": address };
  const csrf = await fetch(`${url}/api/auth/csrf`, { headers });
  const { csrfToken } = await csrf.json();
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, cookie: jar.join("; "), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }),
  });
  const cookies = [...jar, ...response.headers.getSetCookie().map((c) => c.split(";")[0])];
  if (!cookies.some((c) => c.includes("session-token"))) throw new Error(`sign-in failed (${response.status})`);
  return cookies.join("; ");
}
