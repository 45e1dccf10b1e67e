/** `npm run db:seed`: operators and the guide; demo reports only with SEED_DEMO=1. Idempotent. */
import { closeDb, demoDataWanted, getDb } from "../db/index";
import { seedDatabase } from "../db/seed";

const db = await getDb();
await seedDatabase(db, { demo: demoDataWanted() });
await closeDb();
console.log(`Seeded${demoDataWanted() ? " (with demo reports)" : ""}.`);
