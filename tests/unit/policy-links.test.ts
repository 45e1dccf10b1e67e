import type { Element } from "hast";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { readSeedGuidePages } from "@/db/seed/guide-files";
import { seedPolicyEvents } from "@/db/seed/policy-events";
import { renderMarkdown } from "@/lib/guide/markdown";
import { isFullAddress } from "@/lib/policy/links";

// "Every link in the guide and the timeline is a full address, not a bare domain": checked
// here on the seed content as the renderer outputs it, and in tests/e2e/policy.spec.ts on the
// pages the server actually serves.

describe("full addresses", () => {
  it("accept a page and refuse a home page, a bare domain or another scheme", () => {
    for (const url of [
      "https://lipetsk.tele2.ru/help/article/contract-termination",
      "https://tatarstan.megafon.ru/help/sim_limit",
      "http://example.org/a",
      "https://example.org/news?id=1",
    ]) {
      expect(isFullAddress(url), url).toBe(true);
    }
    for (const url of [
      "https://mts.ru",
      "https://mts.ru/",
      "https://www1.ru//",
      "www1.ru",
      "mts.ru/personal",
      "ftp://example.org/file",
      "javascript:alert(1)",
      "https://localhost/page",
      "https://user:pw@example.org/page",
      "",
    ]) {
      expect(isFullAddress(url), url).toBe(false);
    }
  });
});

describe("links in the seeded guide and timeline", () => {
  it("every rendered link in the guide is a site path, an anchor or a full address", () => {
    const problems: string[] = [];
    for (const page of readSeedGuidePages()) {
      visit(renderMarkdown(page.body).tree, "element", (node: Element) => {
        const href = node.tagName === "a" ? node.properties?.href : undefined;
        if (typeof href !== "string") return;
        const internal = /^\/(?![/\\])/.test(href) || href.startsWith("#");
        if (!internal && !isFullAddress(href)) problems.push(`${page.locale}/${page.slug}: ${href}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it("every source address on the timeline is a full address", () => {
    const problems = seedPolicyEvents.filter((e) => e.source.url !== undefined && !isFullAddress(e.source.url)).map((e) => `${e.id}: ${e.source.url}`);
    expect(problems).toEqual([]);
    // and the sources cited in words only really carry no address
    expect(seedPolicyEvents.filter((e) => e.source.url).map((e) => e.id).sort()).toEqual(["beeline-foreigners-notice", "megafon-sim-limit-notice", "t2-contract-termination"]);
  });
});
