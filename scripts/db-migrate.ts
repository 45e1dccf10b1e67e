/** `npm run db:migrate`: PostgreSQL when DATABASE_URL is set, else the embedded PGlite. */
import { closeDb, getDb } from "../db/index";
import { migrateDatabase } from "../db/migrate";

const db = await getDb(); // the embedded database migrates (and seeds) itself on open
if (process.env.DATABASE_URL) await migrateDatabase(db, "postgres");
await closeDb();
console.log(`Migrations applied (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}).`);
