import { describe, expect, it } from "vitest";
import { REVALIDATE_EVERY_TIME, sharedCacheControl } from "@/lib/http/shared-cache";

describe("what caches in front of the app may keep", () => {
  it("a page Next cached is revalidated every time, never kept for its ISR lifetime", () => {
    expect(sharedCacheControl("s-maxage=3600, stale-while-revalidate=82800")).toBe(REVALIDATE_EVERY_TIME);
    expect(sharedCacheControl("s-maxage=31536000")).toBe(REVALIDATE_EVERY_TIME);
  });

  it("every other policy is left as it was: private pages stay private, assets immutable, the API its own", () => {
    for (const value of [
      "private, no-cache, no-store, max-age=0, must-revalidate",
      "public, max-age=31536000, immutable",
      "public, max-age=0, must-revalidate, stale-if-error=86400",
      "no-store",
    ]) {
      expect(sharedCacheControl(value)).toBe(value);
    }
  });
});
