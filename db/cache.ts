import { cacheLife, cacheTag } from "next/cache";

// Next sets NEXT_RUNTIME in its server processes; scripts and tests call the same reads
// without a cache scope around them.
const insideNext = Boolean(process.env.NEXT_RUNTIME);

/**
 * Declares what the surrounding `'use cache'` read depends on. Entries live until a write
 * invalidates one of their tags (see lib/cache); the "content" profile only bounds how long
 * a cached page may outlive a missed invalidation.
 */
export function cachedAs(...tags: string[]) {
  if (!insideNext) return;
  cacheLife("content");
  cacheTag(...tags);
}
