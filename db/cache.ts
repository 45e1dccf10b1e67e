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

/**
 * Shortens the surrounding `'use cache'` read's life to `seconds` (the tighter of this and the
 * "content" profile wins): for what changes with the calendar rather than with a write, such
 * as a fact whose check-after date arrives. null leaves the life as it is.
 */
export function cachedForAtMost(seconds: number | null) {
  if (!insideNext || seconds === null) return;
  cacheLife({ revalidate: seconds, expire: seconds });
}
