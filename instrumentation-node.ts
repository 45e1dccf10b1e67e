import { closeDb, configureDatabase, getDb, listenForChanges, watchDatabase } from "./db/index";
import { pruneInvalidations, readInvalidations, recordInvalidations } from "./db/queries/cache-invalidations";
import { pruneRateLimitEvents } from "./db/queries/rate-limits";
import { registerInvalidationSource } from "./lib/cache/tag-state";
import { DUE_SWEEP_MS, sweepDueChecks } from "./lib/policy/due-sweep";
import { env } from "./lib/env";
import { installLogRedaction, logError, logInfo, logWarn } from "./lib/log";

// Start-up of every server process (and of `next build`'s workers, on a throwaway database):
// read the configuration once, open the database (the embedded one migrates and seeds itself
// here, so the first visitor does not wait), and connect the cache to the invalidation log.
installLogRedaction();
const config = env();
configureDatabase(config.database);
registerInvalidationSource({
  read: (horizon, limit) => readInvalidations({ horizon, limit }),
  record: (tags) => recordInvalidations({ tags }),
  subscribe: (handlers) => listenForChanges("sim_exit_cache", handlers),
});

if (config.database.kind !== "memory") {
  await getDb().catch((error) => logError("the database is not reachable at start-up; requests will retry", error));
  // PostgreSQL: an outage answers 503 at once, and its end is noticed at once
  watchDatabase({
    onChange: (state) => (state === "away" ? logWarn("database unreachable: answering 503 until it is back") : logInfo("database reachable again")),
  });
  const DAY_MS = 24 * 60 * 60 * 1000;
  // the logs only need to reach back a day (invalidations) or the longest window (rate limits)
  const prune = () => Promise.all([pruneInvalidations({ olderThanMs: DAY_MS }), pruneRateLimitEvents()]).catch(() => {});
  void prune();
  setInterval(prune, 60 * 60 * 1000).unref();
  // facts whose check-after date has come show "may be outdated" on every cached page
  const sweep = () => sweepDueChecks().catch(() => {});
  void sweep();
  setInterval(sweep, DUE_SWEEP_MS).unref();
  // the HTTP server (scripts/server.ts) runs these once requests in flight have finished
  const hooks = ((globalThis as { __simExitShutdown?: Array<() => Promise<void>> }).__simExitShutdown ??= []);
  hooks.push(closeDb);
}
