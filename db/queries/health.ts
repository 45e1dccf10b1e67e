import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../index";

/** A round trip to the database, bounded so a hung connection reads as "down". */
export async function pingDatabase({ timeoutMs = 5000 }: { timeoutMs?: number } = {}) {
  const started = Date.now();
  let ping: Promise<unknown>;
  try {
    // opening the embedded database may migrate and seed it first: that is start-up, not an outage
    const db = await getDb();
    ping = db.execute(sql`select 1`);
  } catch {
    return { ok: false as const, latencyMs: Date.now() - started };
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("database ping timed out")), timeoutMs);
  });
  try {
    await Promise.race([ping, timeout]);
    return { ok: true as const, latencyMs: Date.now() - started };
  } catch {
    return { ok: false as const, latencyMs: Date.now() - started };
  } finally {
    clearTimeout(timer);
  }
}
