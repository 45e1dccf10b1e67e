import { closeDb, getDb } from "./db/index";

// Open (and on a first run migrate and seed) the database as the server starts, so the
// first visitor does not wait for it; close it cleanly on shutdown.
if (process.env.NEXT_PHASE !== "phase-production-build") {
  await getDb();
  const close = () => void closeDb().finally(() => process.exit(0));
  process.once("SIGTERM", close);
  process.once("SIGINT", close);
}
