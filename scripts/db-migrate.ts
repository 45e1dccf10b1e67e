/** `npm run db:migrate`: PostgreSQL when DATABASE_URL is set, else the embedded PGlite. */
import { closeDb, configureDatabase, getDb } from "../db/index";
import { migrateDatabase } from "../db/migrate";
import { env } from "../lib/env";
import { exitOnFailure } from "./cli";

exitOnFailure();

const { database } = env();
configureDatabase(database);
const db = await getDb(); // the embedded database migrates (and seeds) itself on open
if (database.kind === "postgres") await migrateDatabase(db, "postgres");
await closeDb();
console.log(`Migrations applied (${database.kind === "postgres" ? "PostgreSQL" : "PGlite"}).`);
