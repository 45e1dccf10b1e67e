/**
 * A throwaway PostgreSQL cluster (initdb + pg_ctl) on a free port under a temporary folder,
 * run as the `postgres` user when we are root (PostgreSQL refuses to run as root). Never the
 * shared server on 5432: a test may stop and start this one at will.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

function findBinary(name: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    if (dir && existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const candidate = path.join(root, version, "bin", name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

/** Why a throwaway cluster cannot be made here (missing server binaries), or null. */
export function clusterUnavailableReason(): string | null {
  const missing = ["initdb", "pg_ctl"].filter((name) => !findBinary(name));
  return missing.length ? `the PostgreSQL server binaries (${missing.join(", ")}) are not installed` : null;
}

export type Cluster = {
  port: number;
  dir: string;
  /** a URL for the database `simexit` on this cluster */
  url: string;
  adminUrl: string;
  start(): void;
  /** pg_ctl stop: "fast" disconnects clients and shuts down cleanly, "immediate" is a crash */
  stop(mode?: "fast" | "immediate"): void;
  destroy(): void;
};

export function createCluster({ port }: { port: number }): Cluster {
  const initdb = findBinary("initdb");
  const pgCtl = findBinary("pg_ctl");
  if (!initdb || !pgCtl) throw new Error(clusterUnavailableReason() ?? "no PostgreSQL binaries");
  const root = process.getuid?.() === 0;
  const owner = root ? Number(execFileSync("id", ["-u", "postgres"]).toString().trim()) : undefined;
  const group = root ? Number(execFileSync("id", ["-g", "postgres"]).toString().trim()) : undefined;
  const base = mkdtempSync(path.join(tmpdir(), "simexit-pg-"));
  const dir = path.join(base, "data");
  if (root) chownSync(base, owner!, group!);
  const run = (command: string, args: string[]) => {
    const [file, argv] = root ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
    const result = spawnSync(file, argv, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${path.basename(command)} failed: ${result.stderr || result.stdout}`);
    return result.stdout;
  };
  run(initdb, ["-D", dir, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]);
  // fsync off: the cluster lives for one test; a stop is a clean shutdown or a process crash, never a power loss
  const options = `-p ${port} -k ${base} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  const cluster: Cluster = {
    port,
    dir: base,
    url: `postgres://postgres@127.0.0.1:${port}/simexit`,
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => void run(pgCtl, ["-D", dir, "-l", path.join(base, "server.log"), "-o", options, "-w", "-t", "60", "start"]),
    stop: (mode = "fast") => void run(pgCtl, ["-D", dir, "-m", mode, "-w", "-t", "60", "stop"]),
    destroy: () => {
      spawnSync(root ? "runuser" : pgCtl, root ? ["-u", "postgres", "--", pgCtl, "-D", dir, "-m", "immediate", "stop"] : ["-D", dir, "-m", "immediate", "stop"], {
        stdio: "ignore",
      });
      rmSync(base, { recursive: true, force: true });
    },
  };
  return cluster;
}
