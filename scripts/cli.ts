/**
 * Failures every operator script can meet, said plainly: the embedded database is owned by a
 * running app, or PostgreSQL cannot be reached. Anything else is printed as it is. Exit 1.
 */
import { isDatabaseUnavailable } from "../db/errors";
import { DataDirInUseError } from "../db/pglite-lock";
import { safeError } from "../lib/log";

export function explainFailure(error: unknown): string {
  if (error instanceof DataDirInUseError) return error.message;
  if (isDatabaseUnavailable(error)) {
    return `Cannot reach the database (${safeError(error).message}).\nIs PostgreSQL running, and does DATABASE_URL point at it?`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Call first thing in a script: an uncaught failure prints one clear message and exits 1. */
export function exitOnFailure() {
  process.on("uncaughtException", (error) => {
    console.error(`\n${explainFailure(error)}\n`);
    process.exit(1);
  });
}
