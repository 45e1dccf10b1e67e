/** `npm run db:seed`: operators and the guide; demo reports only with SEED_DEMO=1. Idempotent. */
import { closeDb, configureDatabase, getDb } from "../db/index";
import { seedDatabase } from "../db/seed";
import { env } from "../lib/env";
import { exitOnFailure } from "./cli";

exitOnFailure();

const { database, seedDemo: demo } = env();
configureDatabase(database);
await seedDatabase(await getDb(), { demo });
await closeDb();
console.log(`Seeded${demo ? " (with demo reports)" : ""}.`);
