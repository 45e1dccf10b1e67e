/**
 * The production server as `npm start` runs it (node dist/server.js from one `npm run build`),
 * started and stopped from outside, and the operator's scripts (dist/*.js) as the npm scripts
 * run them. Every server gets its own process group, so stopping it stops everything.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";

export const ROOT = process.cwd();

export function requireBuild() {
  if (!existsSync("dist/server.js") || !existsSync(".next/BUILD_ID")) {
    console.error("No production build: run `npm run build` first (the ops tests reuse one build).");
    process.exit(2);
  }
}

export type AppEnv = Record<string, string | undefined>;

/** The environment of a test server: a fresh secret, no demo data, generous limits unless given. */
export function appEnv(extra: AppEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    SEED_DEMO: "0",
    TRUSTED_PROXY_HOPS: "1",
  };
  delete env.DATABASE_URL;
  delete env.PGLITE_DIR;
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export type RunningApp = {
  base: string;
  port: number;
  child: ChildProcess;
  /** everything it printed so far (stdout and stderr) */
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM and wait; resolves with the exit and the seconds it took */
  stop: (signal?: NodeJS.Signals) => Promise<{ code: number | null; signal: NodeJS.Signals | null; seconds: number }>;
  kill: () => Promise<void>;
};

export function startApp({ port, env, quiet = true }: { port: number; env: NodeJS.ProcessEnv; quiet?: boolean }): RunningApp {
  const child = spawn(process.execPath, ["dist/server.js"], { env: { ...env, PORT: String(port) }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let text = "";
  const collect = (chunk: Buffer) => {
    text += chunk.toString();
    if (text.length > 4_000_000) text = text.slice(-2_000_000);
    if (!quiet) process.stderr.write(chunk);
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  const app: RunningApp = {
    base: `http://localhost:${port}`,
    port,
    child,
    output: () => text,
    exited,
    stop: async (signal = "SIGTERM") => {
      const started = Date.now();
      // the server itself, not its group: a graceful stop is what a process manager sends
      try {
        process.kill(child.pid!, signal);
      } catch {
        // already gone
      }
      const timeout = setTimeout(() => signalGroup("SIGKILL"), 30_000);
      const result = await exited;
      clearTimeout(timeout);
      signalGroup("SIGKILL"); // anything it left behind
      return { ...result, seconds: (Date.now() - started) / 1000 };
    },
    kill: async () => {
      signalGroup("SIGKILL");
      await exited;
    },
  };
  process.once("exit", () => signalGroup("SIGKILL"));
  return app;
}

/** Waits until /api/health answers 200; returns the seconds it took. */
export async function waitHealthy(app: RunningApp, { timeoutMs = 120_000 } = {}): Promise<number> {
  const started = Date.now();
  let exited = false;
  void app.exited.then(() => (exited = true));
  while (Date.now() - started < timeoutMs) {
    if (exited) throw new Error(`the server exited before it was healthy:\n${app.output().slice(-3000)}`);
    try {
      const response = await fetch(`${app.base}/api/health`);
      await response.arrayBuffer();
      if (response.status === 200) return (Date.now() - started) / 1000;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server was not healthy within ${timeoutMs / 1000} s:\n${app.output().slice(-3000)}`);
}

/** Runs one operator script (npm run db:migrate …) as its npm script does: node dist/<name>.js. */
export function runScript(name: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", `dist/${name}.js`, ...args], { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, signal: result.signal, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

export function mustRunScript(name: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = runScript(name, args, env);
  if (result.status !== 0) throw new Error(`${name} ${args.join(" ")} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result;
}
