import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";

class DataDirInUseError extends Error {}

const LOCK_FILE = "sim-exit.lock";

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite is a single-process database: two processes writing one folder corrupt it. The
 * first process takes a lock file holding its pid; a second one is refused with a message
 * saying who holds it. A lock left by a process that no longer runs (a crash, SIGKILL) is
 * taken over.
 */
export function lockDataDir(dir: string): () => void {
  const file = path.join(/* turbopackIgnore: true */ dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx", 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off("exit", release);
        try {
          if (readFileSync(file, "utf8").trim() === String(process.pid)) unlinkSync(file);
        } catch {
          // already gone
        }
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(readFileSafely(file), 10);
      if (Number.isInteger(holder) && holder !== process.pid && alive(holder)) {
        throw new DataDirInUseError(
          `The embedded database in ${dir} is in use by another process (pid ${holder}).\n` +
            "One process owns a PGlite folder at a time: stop that process (npm run dev / npm start) first,\n" +
            "or point PGLITE_DIR at another folder.",
        );
      }
      try {
        unlinkSync(file); // stale: its process is gone
      } catch {
        // another process removed it first; try again
      }
    }
  }
  throw new DataDirInUseError(`Could not lock the embedded database in ${dir}; another process is starting on it.`);
}

function readFileSafely(file: string) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
