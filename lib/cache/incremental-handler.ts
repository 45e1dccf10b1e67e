import { LruStore } from "./lru";
import { CACHE_BYTES, sharedTagState } from "./tag-state";

/**
 * The page cache (next.config.ts `cacheHandler`): rendered pages and route responses in
 * memory, checked against the shared tag state on every read, so a write through any
 * instance (or straight into the database) is seen by every instance on its next request.
 *
 * It deliberately never reads the prerendered files of `next build`: those were rendered
 * against the build's throwaway database, so each page is rendered from live data on its
 * first request after start-up and then served from here.
 */
type Value = { kind?: string; headers?: Record<string, string | string[] | undefined>; [key: string]: unknown };
type Stored = { lastModified: number; value: Value | null; cacheControl?: unknown; tags: string[] };
type Context = { tags?: string[]; softTags?: string[]; cacheControl?: unknown; kind?: string };

const TAGS_HEADER = "x-next-cache-tags";
const store = new LruStore<Stored>(CACHE_BYTES);
const tagState = sharedTagState();

function tagsOf(value: Value | null, ctx: Context): string[] {
  const header = value?.headers?.[TAGS_HEADER];
  const fromHeader = typeof header === "string" ? header.split(",") : [];
  return [...fromHeader, ...(ctx.tags ?? []), ...(ctx.softTags ?? [])];
}

function sizeOf(value: Value | null): number {
  if (!value) return 256;
  let size = 1024;
  for (const part of Object.values(value)) {
    if (typeof part === "string") size += part.length * 2;
    else if (part instanceof Uint8Array) size += part.byteLength;
    else if (part instanceof Map) for (const chunk of part.values()) size += chunk instanceof Uint8Array ? chunk.byteLength : 1024;
  }
  return size;
}

export default class PageCacheHandler {
  // Next makes one instance per request; the store lives in the module
  constructor(_ctx: unknown) {}

  async get(cacheKey: string, ctx: Context = {}) {
    await tagState.refresh();
    const entry = store.get(cacheKey);
    if (!entry) return null;
    if (tagState.isExpired([...entry.tags, ...(ctx.softTags ?? [])], entry.lastModified)) {
      store.delete(cacheKey);
      return null;
    }
    return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
  }

  async set(cacheKey: string, data: Value | null, ctx: Context = {}) {
    if (!data) {
      store.delete(cacheKey);
      return;
    }
    store.set(cacheKey, { lastModified: Date.now(), value: data, cacheControl: ctx.cacheControl, tags: tagsOf(data, ctx) }, sizeOf(data));
  }

  async revalidateTag(tags: string | string[]) {
    tagState.invalidate(Array.isArray(tags) ? tags : [tags]);
  }

  resetRequestCache() {}
}
