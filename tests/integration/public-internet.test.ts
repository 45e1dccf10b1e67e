import { XMLValidator } from "fast-xml-parser";
import RssParser from "rss-parser";
import { describe, expect, it } from "vitest";
import { findGuidePage } from "@/db/queries/guide";
import { readSessionUser, revokeSession, insertUser, updateUser, type AppUser } from "@/db/queries/users";
import { buildSiteFeed } from "@/lib/feeds/site-feed";
import { editGuidePage } from "@/lib/guide/edit";
import { RENDER_BUDGET_MS, renderGuideMarkdown } from "@/lib/guide/rendering";
import { installLogRedaction } from "@/lib/log";
import { flagReportAsReader } from "@/lib/moderation/flags";
import { submitReport } from "@/lib/reports/submit";
import { reportPayload } from "../helpers/reports";
import { setupTestDatabase } from "../helpers/test-db";

const testDb = setupTestDatabase();
let seq = 0;
const user = async (role: AppUser["role"] = "member") =>
  (await insertUser({ email: `pi${seq++}@example.com`, name: `Reader ${seq}`, passwordHash: "x", role }))!;
const page = async (slug: string, locale: "zh" | "en" = "en") => (await findGuidePage({ slug, locale }))!;
const edit = async (who: AppUser, slug: string, body: string, extra: { title?: string; summary?: string; restoring?: number } = {}) => {
  const current = await page(slug);
  return editGuidePage({
    slug,
    user: who,
    restoring: extra.restoring,
    input: { locale: "en", baseRevisionId: current.revisionId, body, summary: extra.summary ?? "", ...(extra.title ? { title: extra.title } : {}) },
  });
};

describe("Markdown rendering never stalls the server", () => {
  it("refuses or stops the worst inputs within the budget, and the event loop keeps turning", async () => {
    let longestPause = 0;
    let last = Date.now();
    const ticker = setInterval(() => {
      longestPause = Math.max(longestPause, Date.now() - last);
      last = Date.now();
    }, 10);
    const worst: Array<[string, string, string[]]> = [
      ["24,000 quote markers", ">".repeat(24_000), ["body_too_deep"]],
      ["a 3,000-deep quote after an intro", "Intro\n\n" + ">".repeat(3000), ["body_too_deep"]],
      ["40,000 emphasis openers", "*a".repeat(40_000), ["too_slow"]],
      ["20,000 unclosed links", "[a](".repeat(20_000), ["ok", "too_slow"]],
      ["3,990 live figure cards", '::stats{operator="mts"}\n'.repeat(3990), ["too_many_embeds"]],
    ];
    try {
      for (const [name, markdown, expected] of worst) {
        const started = Date.now();
        const outcome = await renderGuideMarkdown(markdown);
        expect(expected, name).toContain(outcome.ok ? "ok" : outcome.reason);
        // a safety bound, not a benchmark: a stopped render costs its budget and no more
        expect(Date.now() - started, name).toBeLessThan(RENDER_BUDGET_MS + 3000);
      }
      // a long ordinary page still renders: the guide's own text and 60,000 characters of paragraphs
      const paragraphs = Array.from({ length: 600 }, (_, i) => `Paragraph ${i}: **documents**, [a link](/guide/x) and a list:\n\n- one\n- two`).join("\n\n");
      const ordinary = await renderGuideMarkdown(`${(await page("routes-to-end-the-contract")).body}\n\n${paragraphs}`);
      expect(ordinary.ok).toBe(true);
    } finally {
      clearInterval(ticker);
    }
    // the parsing happened in the worker: this thread was never blocked for long
    expect(longestPause).toBeLessThan(500);
  });
});

describe("guide edits: the cheap checks first, and the filter where it belongs", () => {
  it("counts the edit against the rate before looking at its text", async () => {
    const member = await user();
    const kinds: string[] = [];
    for (let i = 0; i < 8; i++) kinds.push((await edit(member, "before-you-close", `${(await page("before-you-close")).body}\nline ${i}`)).kind);
    expect(kinds.every((k) => k === "saved")).toBe(true);
    expect((await edit(member, "before-you-close", "Intro\n\n" + ">".repeat(3000))).kind).toBe("rate_limited");
  });

  it("refuses text the renderer cannot draw within its bounds, with the reason", async () => {
    const member = await user();
    expect(await edit(member, "balance-refund", ">".repeat(24_000))).toEqual({ kind: "unrenderable", reason: "body_too_deep" });
    expect(await edit(member, "balance-refund", '::stats{operator="mts"}\n'.repeat(3990))).toEqual({ kind: "unrenderable", reason: "too_many_embeds" });
  });

  it("holds contact details hidden in character references, protocol-relative links, titles and summaries", async () => {
    const member = await user();
    const body = (await page("check-your-number")).body;
    for (const [added, extra] of [
      ["[offer](https&#58;//evil&#46;com/offer)", {}],
      ["Telegram &#64;spammer&#95;handle", {}],
      ["[site](//closing-help.dev)", {}],
      ["Nothing here.", { title: "TG @closing_helper88 https://t.me/closing_helper88" }],
      ["Nothing here either.", { summary: "加微信 jx0703" }],
    ] as const) {
      expect((await edit(member, "check-your-number", `${body}\n\n${added}\n`, extra)).kind, added).toBe("contact_details");
    }
  });

  it("lets a member restore a vandalised page and a moderator add a source link", async () => {
    const member = await user();
    const original = await page("documents-checklist-and-faq");
    expect((await edit(member, "documents-checklist-and-faq", "Vandalised.")).kind).toBe("saved");
    const restored = await edit(member, "documents-checklist-and-faq", original.body, { restoring: original.revisionNumber });
    expect(restored.kind).toBe("saved");
    expect((await page("documents-checklist-and-faq")).body).toBe(original.body);
    // the same text from a member who does not restore is checked as usual: new outside links are held
    const moderator = await user("moderator");
    const withSource = `${original.body}\n\nSource: [Kommersant](https://www.kommersant.ru/doc/1234567)\n`;
    expect((await edit(member, "documents-checklist-and-faq", withSource)).kind).toBe("contact_details");
    expect((await edit(moderator, "documents-checklist-and-faq", withSource)).kind).toBe("saved");
  });
});

describe("flags", () => {
  it("count a reader once by address and account together, and are rate-limited", async () => {
    const stored = await submitReport({ payload: reportPayload({ operator: "yota" }), sourceHash: "flag-author" });
    if (!stored.ok) throw new Error("submit failed");
    const [a, b] = [await user(), await user()];
    const flag = (userId: string | null, address: string) => flagReportAsReader({ reportId: stored.id, userId, address, reason: "advert" });
    expect(await flag(a.id, "192.0.2.50")).toMatchObject({ kind: "flagged", counted: true });
    // a second account on the same address, and the same account elsewhere: the same reader
    expect(await flag(b.id, "192.0.2.50")).toMatchObject({ kind: "flagged", counted: false });
    expect(await flag(a.id, "192.0.2.51")).toMatchObject({ kind: "flagged", counted: false });
    expect(await flag(null, "192.0.2.50")).toMatchObject({ kind: "flagged", counted: false, hidden: false });
    const [{ n }] = await testDb.query<{ n: string }>(`SELECT count(*) AS n FROM report_flags WHERE report_id = $1`, [stored.id]);
    expect(Number(n)).toBe(1);
    // one address may flag only so many reports an hour
    const outcomes = [];
    for (let i = 0; i < 25; i++) outcomes.push((await flag(null, "192.0.2.77")).kind);
    expect(outcomes).toContain("rate_limited");
  });
});

describe("sessions", () => {
  it("a new password and a sign-out end the sessions issued before", async () => {
    const member = await user();
    const before = (await readSessionUser({ id: member.id, sessionId: "s-1" }))!;
    expect(before).toMatchObject({ revoked: false, sessionVersion: 1 });
    await updateUser({ id: member.id, passwordHash: "new" });
    expect((await readSessionUser({ id: member.id, sessionId: "s-1" }))!.sessionVersion).toBe(2);
    await revokeSession({ sessionId: "s-1", expiresAt: new Date(Date.now() + 60_000) });
    expect((await readSessionUser({ id: member.id, sessionId: "s-1" }))!.revoked).toBe(true);
    expect((await readSessionUser({ id: member.id, sessionId: "s-2" }))!.revoked).toBe(false);
  });
});

describe("what leaves the server", () => {
  it("the Atom feed stays valid XML whatever control characters old rows hold", async () => {
    const [{ id: operatorId }] = await testDb.query<{ id: number }>(`SELECT id FROM operators WHERE slug = 'mts'`);
    await testDb.query(
      `INSERT INTO reports (operator_id, channel, outcome, attempted_month, location, story, language, idempotency_key)
       VALUES ($1, 'app', 'success', '2025-01', 'abroad', $2, 'en', 'control-chars-1')`,
      [operatorId, "bell\u0001 back\u0008 vt\u000b esc\u001b us\u001f nonchars\ufffe\uffff end"],
    );
    const xml = await buildSiteFeed();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = await new RssParser().parseString(xml);
    expect(feed.items.some((item) => (item.contentSnippet ?? item.summary ?? "").includes("nonchars"))).toBe(true);
  });

  it("a failed query is logged without its parameters", async () => {
    installLogRedaction();
    const lines: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    // capture what the redacting console.error finally prints
    (process.stderr as { write: unknown }).write = (chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    };
    try {
      const { sql } = await import("drizzle-orm");
      await testDb.db.execute(sql`select ${"my very private story"}::uuid`).catch((error) => console.error(error));
    } finally {
      (process.stderr as { write: unknown }).write = write;
    }
    const logged = lines.join("");
    expect(logged).toMatch(/"level":"error"/);
    expect(logged).not.toContain("my very private story");
  });
});

describe("the editor's preview", () => {
  it("renders for signed-in editors only, and only so many a minute", async () => {
    const { previewMarkdown, PREVIEWS_PER_MINUTE } = await import("@/lib/guide/preview");
    expect(await previewMarkdown({ user: null, body: ">".repeat(24_000) })).toEqual({ ok: false, error: "signed_out" });
    const member = await user();
    expect(await previewMarkdown({ user: member, body: "## Hello\n\n**bold**" })).toMatchObject({ ok: true, html: expect.stringContaining("<strong>bold</strong>") });
    expect(await previewMarkdown({ user: member, body: ">".repeat(24_000) })).toEqual({ ok: false, error: "body_too_deep" });
    const results = [];
    for (let i = 0; i < PREVIEWS_PER_MINUTE; i++) results.push(await previewMarkdown({ user: member, body: "x" }));
    expect(results.at(-1)).toEqual({ ok: false, error: "preview_rate_limited" });
  });
});
