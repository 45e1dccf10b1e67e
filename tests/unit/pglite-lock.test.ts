import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirInUseError, lockDataDir } from "@/db/pglite-lock";

const dirs: string[] = [];
const folder = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "simexit-lock-"));
  dirs.push(dir);
  return path.join(dir, "pglite");
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("lockDataDir", () => {
  it("is re-entrant within a process: the file goes with the last release", () => {
    const dir = folder();
    const lockFile = path.join(dir, "sim-exit.lock");
    const first = lockDataDir(dir); // the HTTP server, before Next starts
    const second = lockDataDir(dir); // the database client inside Next
    expect(readFileSync(lockFile, "utf8").trim()).toBe(String(process.pid));
    second();
    expect(existsSync(lockFile)).toBe(true);
    first();
    expect(existsSync(lockFile)).toBe(false);
  });

  it("refuses a folder another live process holds, naming it", () => {
    const dir = folder();
    lockDataDir(dir)();
    writeFileSync(path.join(dir, "sim-exit.lock"), `${process.ppid}\n`);
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    expect(() => lockDataDir(dir)).toThrow(`in use by another process (pid ${process.ppid})`);
  });

  it("takes over a lock whose process is gone", () => {
    const dir = folder();
    lockDataDir(dir)();
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
    writeFileSync(path.join(dir, "sim-exit.lock"), `${dead}\n`);
    const release = lockDataDir(dir);
    expect(readFileSync(path.join(dir, "sim-exit.lock"), "utf8").trim()).toBe(String(process.pid));
    release();
  });
});
