import type { Link, Root } from "mdast";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { readSeedGuidePages, type SeedGuidePage } from "@/db/seed/guide-files";
import { seedOperators } from "@/db/seed/operators";
import { seedPolicyEvents, type SeedPolicyEvent } from "@/db/seed/policy-events";
import { markdownToHtml } from "@/lib/guide/markdown";

// The seeded guide is the first thing a reader sees. These checks keep it to the rules it was
// written under: every rule cited through the dated timeline, both languages in step, no
// unverifiable links, none of the old article's unsupported claims, no contact spam.

const pages = readSeedGuidePages();
const events = seedPolicyEvents;
const eventIds = new Set(events.map((e) => e.id));
const operatorSlugs = seedOperators.map((o) => o.slug);

const label = (page: SeedGuidePage) => `${page.locale}/${page.slug}`;
const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).use(remarkDirective).parse(markdown) as Root;

/** Every fact reference as written, well-formed or not. */
function factReferences(body: string): { form: "block" | "inline"; id: string | null; raw: string }[] {
  return [...body.matchAll(/(::?)fact\b(\{[^}\n]*\})?/g)].map((m) => ({
    form: m[1] === "::" ? "block" : "inline",
    id: /^\{id="([a-z0-9-]+)"\}$/.exec(m[2] ?? "")?.[1] ?? null,
    raw: m[0],
  }));
}

/** Fact directives as the Markdown parser sees them. */
function parsedFacts(body: string): { type: string; id: string | undefined }[] {
  const found: { type: string; id: string | undefined }[] = [];
  visit(parse(body), (node) => {
    if ((node.type === "textDirective" || node.type === "leafDirective" || node.type === "containerDirective") && node.name === "fact") {
      found.push({ type: node.type, id: node.attributes?.id ?? undefined });
    }
  });
  return found;
}

function markdownLinks(body: string): string[] {
  const urls: string[] = [];
  visit(parse(body), "link", (node: Link) => {
    urls.push(node.url);
  });
  return urls;
}

const isIsoDate = (value: string | undefined) => {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

/** A full https address of a page: a host with a dot and a path beyond "/". */
function isPageAddress(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === "https:" && parsed.hostname.includes(".") && parsed.pathname.replace(/\/+$/, "").length > 0;
}

// the day the seed content was last checked (db/seed/policy-events.ts)
const LAST_SEED_CHECK = events.reduce((latest, e) => (e.lastChecked > latest ? e.lastChecked : latest), "");

const INTERNAL_PREFIXES = ["/guide/", "/operators/", "/policy", "/paperwork", "/reports/new", "/stats"];

describe("guide seed pages", () => {
  it("exist in both languages with the same slugs", () => {
    const zh = pages.filter((p) => p.locale === "zh").map((p) => p.slug).sort();
    const en = pages.filter((p) => p.locale === "en").map((p) => p.slug).sort();
    expect(zh.length).toBeGreaterThan(0);
    expect(zh).toEqual(en);
  });

  it("keep the page other code links to, and kebab-case slugs", () => {
    for (const locale of ["zh", "en"]) {
      expect(pages.some((p) => p.locale === locale && p.slug === "can-it-be-closed-online")).toBe(true);
    }
    for (const page of pages) expect(page.slug, label(page)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("have a title, a summary and the same order in both languages", () => {
    for (const page of pages) {
      expect(page.title.length, label(page)).toBeGreaterThan(0);
      expect(page.summary.length, label(page)).toBeGreaterThan(0);
      expect(Number.isFinite(page.order), label(page)).toBe(true);
      const twin = pages.find((p) => p.slug === page.slug && p.locale !== page.locale)!;
      expect(twin.order, label(page)).toBe(page.order);
    }
  });

  it("carry the date their text was last revised ('last updated' is that date, not the day of seeding)", () => {
    for (const page of pages) {
      expect(isIsoDate(page.updated), label(page)).toBe(true);
      expect(page.updated <= LAST_SEED_CHECK, label(page)).toBe(true);
    }
  });

  it("open with the start page", () => {
    for (const locale of ["zh", "en"]) {
      const ordered = pages.filter((p) => p.locale === locale).sort((a, b) => a.order - b.order);
      expect(ordered[0].slug).toBe("can-it-be-closed-online");
    }
  });

  it("cite only events that exist, in well-formed directives the parser recognises", () => {
    const problems: string[] = [];
    for (const page of pages) {
      const written = factReferences(page.body);
      for (const ref of written) {
        if (!ref.id) problems.push(`${label(page)}: malformed ${ref.raw}`);
        else if (!eventIds.has(ref.id)) problems.push(`${label(page)}: unknown event "${ref.id}"`);
      }
      const parsed = parsedFacts(page.body);
      expect(parsed.map((f) => f.id), `${label(page)}: every fact directive parses`).toEqual(written.map((r) => r.id ?? undefined));
      for (const [i, fact] of parsed.entries()) {
        const expected = written[i].form === "block" ? "leafDirective" : "textDirective";
        if (fact.type !== expected) problems.push(`${label(page)}: ${written[i].raw} parsed as ${fact.type}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("cite the same events in zh and en", () => {
    for (const page of pages.filter((p) => p.locale === "zh")) {
      const twin = pages.find((p) => p.slug === page.slug && p.locale === "en")!;
      const ids = (p: SeedGuidePage) => factReferences(p.body).map((r) => r.id).sort();
      expect(ids(page), page.slug).toEqual(ids(twin));
    }
  });

  it("cite every event of the timeline somewhere", () => {
    const cited = new Set(pages.flatMap((p) => factReferences(p.body).map((r) => r.id)));
    expect(events.map((e) => e.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it("link outside only to full page addresses that the timeline cites", () => {
    const eventUrls = new Set(events.flatMap((e) => (e.source.url ? [e.source.url] : [])));
    const problems: string[] = [];
    for (const page of pages) {
      const external = [...markdownLinks(page.body).filter((u) => !u.startsWith("/")), ...(page.body.match(/https?:\/\/[^\s)\]>"]+/g) ?? [])];
      for (const url of external) {
        if (!isPageAddress(url)) problems.push(`${label(page)}: not a page address: ${url}`);
        else if (!eventUrls.has(url)) problems.push(`${label(page)}: not a source in the timeline: ${url}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("link inside to site paths that exist, the same in both languages", () => {
    const slugs = new Set(pages.map((p) => p.slug));
    const problems: string[] = [];
    for (const page of pages) {
      for (const url of markdownLinks(page.body).filter((u) => u.startsWith("/"))) {
        if (!INTERNAL_PREFIXES.some((prefix) => url === prefix || url.startsWith(prefix))) problems.push(`${label(page)}: ${url}`);
        const guide = /^\/guide\/([^/?#]+)/.exec(url);
        if (guide && !slugs.has(guide[1])) problems.push(`${label(page)}: no guide page ${guide[1]}`);
        const reportFor = /^\/reports\/new\?operator=(.+)$/.exec(url);
        if (reportFor && !operatorSlugs.includes(reportFor[1])) problems.push(`${label(page)}: no operator ${reportFor[1]}`);
      }
    }
    expect(problems).toEqual([]);
    for (const page of pages.filter((p) => p.locale === "zh")) {
      const twin = pages.find((p) => p.slug === page.slug && p.locale === "en")!;
      const internal = (p: SeedGuidePage) => [...new Set(markdownLinks(p.body).filter((u) => u.startsWith("/")))].sort();
      expect(internal(page), page.slug).toEqual(internal(twin));
    }
  });

  it("carry none of the old article's unsupported claims, meta references or adverts", () => {
    const banned: [string, RegExp][] = [
      ["reference to a source the reader never sees", /\bthe sources?\b|source article|来源文章|原文|资料中|资料没有/i],
      ["Wi-Fi calling claim", /wi-?fi|wlan|无线网络/i],
      ["'Russia is vast' claim", /幅员辽阔|国土面积|\bvast\b/i],
      ["'flexible tariffs' claim", /flexible tariffs?|资费(通常)?更?灵活|灵活计费/i],
      ["Telegram link", /t\.me\b|telegram\.me/i],
      ["Telegram handle or TG advert", /(^|[^\w@.])@[A-Za-z][A-Za-z0-9_]{4,31}\b|\bTG\b|💪/],
    ];
    const problems: string[] = [];
    for (const page of pages) {
      for (const text of [page.title, page.summary, page.body]) {
        for (const [what, pattern] of banned) {
          const hit = pattern.exec(text);
          if (hit) problems.push(`${label(page)}: ${what}: "${hit[0]}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("render without stray emphasis markers (CJK punctuation next to ** breaks bold)", () => {
    for (const page of pages) {
      const text = markdownToHtml(page.body).replace(/<[^>]+>/g, "");
      expect(text.includes("**") || /(^|\s)\*[^\s*]/.test(text), label(page)).toBe(false);
    }
  });

  it("use full-width punctuation in Chinese text", () => {
    for (const page of pages.filter((p) => p.locale === "zh")) {
      for (const text of [page.title, page.summary, page.body]) {
        expect(/[\u4e00-\u9fff][,;!?]|[,;!?][\u4e00-\u9fff]|[\u4e00-\u9fff]:(?!fact)|[\u4e00-\u9fff]\.(\s|$)/m.exec(text)?.[0] ?? null, label(page)).toBeNull();
      }
    }
  });
});

describe("operator pages", () => {
  it.each(operatorSlugs)("end-contract-%s exists in both languages with live figures, paperwork and a report link", (slug) => {
    for (const locale of ["zh", "en"]) {
      const page = pages.find((p) => p.slug === `end-contract-${slug}` && p.locale === locale);
      expect(page, `${locale}/end-contract-${slug}`).toBeDefined();
      const links = markdownLinks(page!.body);
      expect(page!.body).toMatch(new RegExp(`^::stats\\{operator="${slug}"\\}$`, "m"));
      expect(links).toContain("/paperwork");
      expect(links).toContain(`/reports/new?operator=${slug}`);
      expect(links).toContain(`/operators/${slug}`);
    }
  });

  it("cite an operator's own notice only on that operator's page, besides the shared pages", () => {
    for (const event of events.filter((e) => e.operator)) {
      for (const other of operatorSlugs.filter((s) => s !== event.operator)) {
        for (const page of pages.filter((p) => p.slug === `end-contract-${other}`)) {
          // T2's terms are the one known model for a power of attorney, so other pages may
          // mention T2, but no page may present one operator's notice as another's rule.
          if (event.operator === "t2") continue;
          expect(factReferences(page.body).map((r) => r.id), `${label(page)} cites ${event.id}`).not.toContain(event.id);
        }
      }
    }
  });
});

describe("policy events", () => {
  const KINDS: SeedPolicyEvent["kind"][] = ["law", "decree", "statement", "operator_notice", "bill"];
  const STATUSES: SeedPolicyEvent["status"][] = ["in_force", "proposed", "superseded"];

  it("have unique kebab-case ids", () => {
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(events.map((e) => [e.id, e] as const))("%s is complete and well-formed", (_id, event) => {
    expect(isIsoDate(event.date), "date").toBe(true);
    expect(isIsoDate(event.lastChecked), "lastChecked").toBe(true);
    expect(KINDS).toContain(event.kind);
    expect(STATUSES).toContain(event.status);
    for (const field of ["title", "summary", "affects"] as const) {
      expect(event[field].zh.trim().length, `${field}.zh`).toBeGreaterThan(0);
      expect(event[field].en.trim().length, `${field}.en`).toBeGreaterThan(0);
      expect(event[field].zh, `${field}.zh is Chinese`).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(event.source.name.trim().length).toBeGreaterThan(0);
    expect(isIsoDate(event.source.date), "source.date").toBe(true);
    if (event.source.url !== undefined) expect(isPageAddress(event.source.url), event.source.url).toBe(true);
    if (event.dateEnd !== undefined) {
      expect(isIsoDate(event.dateEnd), "dateEnd").toBe(true);
      expect(event.dateEnd > event.date).toBe(true);
      if (event.dateEnd < event.lastChecked) expect(event.status, "an ended window").toBe("superseded");
    }
    if (event.checkAfter !== undefined) {
      expect(isIsoDate(event.checkAfter), "checkAfter").toBe(true);
      expect(event.checkAfter > event.lastChecked).toBe(true);
    }
    if (event.kind === "bill") {
      expect(event.status).toBe("proposed");
      expect(event.checkAfter, "a bill needs a re-check date").toBeDefined();
    }
    if (event.kind === "operator_notice") expect(operatorSlugs).toContain(event.operator);
    else expect(event.operator).toBeUndefined();
  });

  it("are in date order", () => {
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });
});
