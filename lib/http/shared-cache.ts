/**
 * What a CDN or proxy in front of the app may do with a page. Next marks a cached page
 * `s-maxage=<revalidate>, stale-while-revalidate=<…>`: right for Next's own cache, which every
 * write invalidates, but a shared cache outside the app learns of no write and would serve the
 * old page for an hour. So such caches must ask each time; the page's ETag makes that a 304
 * when nothing changed. Browsers are told the same (`max-age=0`).
 */
export const REVALIDATE_EVERY_TIME = "public, max-age=0, must-revalidate";

/** The Cache-Control to send instead of the one Next chose (unchanged unless it is Next's ISR header). */
export function sharedCacheControl(value: string): string {
  return /^s-maxage=\d+/.test(value) ? REVALIDATE_EVERY_TIME : value;
}
