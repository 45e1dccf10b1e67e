import type { CacheEntry, CacheHandler } from "next/cache";
import { LruStore } from "./lru";
import { CACHE_BYTES, sharedTagState } from "./tag-state";

/**
 * The `'use cache'` store (next.config.ts `cacheHandlers.default`): entries in memory, each
 * process its own, with invalidation shared by all instances through the tag state.
 */
type Stored = Omit<CacheEntry, "value"> & { value: Uint8Array };

const store = new LruStore<Stored>(CACHE_BYTES);
const pending = new Map<string, Promise<void>>();
const tags = sharedTagState();

const streamOf = (bytes: Uint8Array) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });

const handler: CacheHandler = {
  async get(cacheKey) {
    await pending.get(cacheKey);
    const entry = store.get(cacheKey);
    if (!entry) return undefined;
    // soft (path) tags reach Next through getExpiration(); the entry's own tags are ours to check
    if (tags.isExpired(entry.tags, entry.timestamp)) {
      store.delete(cacheKey);
      return undefined;
    }
    return { ...entry, value: streamOf(entry.value) };
  },

  async set(cacheKey, pendingEntry) {
    let done = () => {};
    pending.set(cacheKey, new Promise<void>((resolve) => (done = resolve)));
    try {
      const entry = await pendingEntry;
      const value = new Uint8Array(await new Response(entry.value).arrayBuffer());
      store.set(cacheKey, { ...entry, value }, value.byteLength + 512);
    } catch {
      // an interrupted render leaves no entry: the next request renders again
      store.delete(cacheKey);
    } finally {
      pending.delete(cacheKey);
      done();
    }
  },

  refreshTags: () => tags.refresh(),

  async getExpiration(softTags) {
    return tags.expiration(softTags);
  },

  async updateTags(updated) {
    tags.invalidate(updated);
  },
};

export default handler;
