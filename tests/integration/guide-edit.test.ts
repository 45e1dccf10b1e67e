import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getGuidePage, listGuideRevisions } from "@/db/queries/guide";
import { insertUser, updateUser, type AppUser } from "@/db/queries/users";
import { editGuidePage } from "@/lib/guide/edit";
import { setupTestDatabase } from "../helpers/test-db";

const testDb = setupTestDatabase();
const SLUG = "routes-to-end-the-contract";

let userSeq = 0;
async function makeUser(role: AppUser["role"] = "member"): Promise<AppUser> {
  const user = await insertUser({ email: `editor${userSeq++}@example.com`, name: `Editor ${userSeq}`, passwordHash: "x", role });
  return user!;
}

async function current(slug = SLUG, locale: "zh" | "en" = "en") {
  return (await getGuidePage({ slug, locale }))!;
}

async function setBody(body: string, user: AppUser, slug = SLUG) {
  const page = await current(slug);
  const result = await editGuidePage({ slug, user, input: { locale: "en", baseRevisionId: page.revisionId, body, summary: "set up" } });
  if (result.kind !== "saved" && result.kind !== "unchanged") throw new Error(`set up failed: ${result.kind}`);
}

describe("editing the guide", () => {
  it("saves an edit as a new revision and keeps the old one", async () => {
    const user = await makeUser();
    const page = await current();
    const result = await editGuidePage({
      slug: SLUG,
      user,
      input: { locale: "en", baseRevisionId: page.revisionId, body: `${page.body}\nA new closing note.\n`, summary: "note" },
    });
    expect(result).toMatchObject({ kind: "saved", merged: false, revisionNumber: page.revisionNumber + 1 });
    const revisions = (await listGuideRevisions({ slug: SLUG, locale: "en" }))!;
    expect(revisions[0]).toMatchObject({ number: page.revisionNumber + 1, author: user.name, summary: "note" });
    expect(revisions.at(-1)!.number).toBe(1);
    // revisions are never rewritten: the first one still holds the seeded text
    const [first] = await testDb.query<{ body_md: string }>(
      `SELECT body_md FROM guide_revisions r JOIN guide_pages p ON p.id = r.page_id WHERE p.slug = $1 AND p.locale = 'en' AND r.number = 1`,
      [SLUG],
    );
    expect(first.body_md).toBe(page.revisionNumber === 1 ? page.body : first.body_md);
  });

  it("two concurrent saves from one base never both silently win", async () => {
    const user = await makeUser();
    await setBody(["alpha", "beta", "gamma", "delta", "epsilon"].join("\n"), user);
    const base = await current();
    const edit = (body: string) => editGuidePage({ slug: SLUG, user, input: { locale: "en", baseRevisionId: base.revisionId, body, summary: "race" } });

    // different lines: one saves plainly, the other is merged over it; both texts survive
    const [a, b] = await Promise.all([
      edit(["ALPHA", "beta", "gamma", "delta", "epsilon"].join("\n")),
      edit(["alpha", "beta", "gamma", "delta", "EPSILON"].join("\n")),
    ]);
    expect([a.kind, b.kind]).toEqual(["saved", "saved"]);
    expect([a, b].filter((r) => r.kind === "saved" && r.merged)).toHaveLength(1);
    expect((await current()).body).toBe(["ALPHA", "beta", "gamma", "delta", "EPSILON"].join("\n"));

    // the same line: one wins, the other gets a conflict carrying both texts, nothing lost
    const base2 = await current();
    const edit2 = (body: string) => editGuidePage({ slug: SLUG, user, input: { locale: "en", baseRevisionId: base2.revisionId, body, summary: "race" } });
    const mineA = base2.body.replace("gamma", "GAMMA from A");
    const mineB = base2.body.replace("gamma", "GAMMA from B");
    const results = await Promise.all([edit2(mineA), edit2(mineB)]);
    const saved = results.filter((r) => r.kind === "saved");
    const conflicts = results.filter((r) => r.kind === "conflict");
    expect(saved).toHaveLength(1);
    expect(conflicts).toHaveLength(1);
    const conflict = conflicts[0] as Extract<(typeof results)[number], { kind: "conflict" }>;
    const winnerText = (await current()).body;
    expect(conflict.current.body).toBe(winnerText);
    expect([mineA, mineB]).toContain(winnerText);
    expect(conflict.yours.body).toBe(winnerText === mineA ? mineB : mineA);
  });

  it("never loses an edit: a model over random line edits from a shared base", async () => {
    const lines = fc.array(fc.constantFrom("one", "two", "three", "四", "五", "six", ""), { minLength: 3, maxLength: 8 });
    const lineEdit = (length: number) =>
      fc.array(fc.record({ at: fc.nat({ max: length - 1 }), text: fc.constantFrom("X", "Y", "新", "Z") }), { minLength: 1, maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(
        lines.chain((start) => fc.tuple(fc.constant(start), lineEdit(start.length), lineEdit(start.length))),
        async ([start, editsA, editsB]) => {
          const user = await makeUser(); // a fresh editor per run stays under the per-account edit rate
          await setBody(start.join("\n") + "\n.", user);
          const base = await current();
          const apply = (edits: Array<{ at: number; text: string }>) => {
            const copy: string[] = [...start];
            for (const e of edits) copy[e.at] = `${copy[e.at]}${e.text}`;
            return copy.join("\n") + "\n.";
          };
          const [mineA, mineB] = [apply(editsA), apply(editsB)];
          const results = await Promise.all(
            [mineA, mineB].map((body) => editGuidePage({ slug: SLUG, user, input: { locale: "en", baseRevisionId: base.revisionId, body, summary: "model" } })),
          );
          const final = (await current()).body;
          for (const [i, result] of results.entries()) {
            const mine = i === 0 ? mineA : mineB;
            if (result.kind === "conflict") {
              // refused edits come back whole, against the text that is there now
              expect(result.yours.body).toBe(mine);
              expect(result.current.body).toBe(final);
            } else {
              expect(["saved", "unchanged"]).toContain(result.kind);
              // every changed line of a saved edit is in the final text
              const finalLines = final.split("\n");
              mine.split("\n").forEach((line, index) => {
                if (line !== (start[index] ?? ".")) expect(finalLines).toContain(line);
              });
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it("protects pages from members, and a demotion takes effect at once", async () => {
    const moderator = await makeUser("moderator");
    await testDb.query(`UPDATE guide_pages SET protected = true WHERE slug = $1 AND locale = 'en'`, [SLUG]);
    const page = await current();
    const input = { locale: "en" as const, baseRevisionId: page.revisionId, body: `${page.body}\nModerator note.`, summary: "m" };
    expect((await editGuidePage({ slug: SLUG, user: moderator, input })).kind).toBe("saved");

    // roles are read from the database with every session: the demoted account is a member now
    const fresh = (await updateUser({ id: moderator.id, role: "member" }))!;
    const again = await current();
    const result = await editGuidePage({ slug: SLUG, user: fresh, input: { ...input, baseRevisionId: again.revisionId, body: `${again.body}\nMore.` } });
    expect(result.kind).toBe("forbidden");
    expect(await editGuidePage({ slug: SLUG, user: null, input })).toEqual({ kind: "unauthenticated" });
    await testDb.query(`UPDATE guide_pages SET protected = false WHERE slug = $1 AND locale = 'en'`, [SLUG]);
  });

  it("refuses edits that add contact handles, but keeps existing source links editable", async () => {
    const user = await makeUser();
    const page = await current();
    const result = await editGuidePage({
      slug: SLUG,
      user,
      input: { locale: "en", baseRevisionId: page.revisionId, body: `${page.body}\nNeed help? TG: @jx0703`, summary: "spam" },
    });
    expect(result.kind).toBe("contact_details");
    expect((await current()).revisionId).toBe(page.revisionId);
  });

  it("limits a member to 8 edits a minute", async () => {
    const user = await makeUser();
    const kinds: string[] = [];
    for (let i = 0; i < 9; i++) {
      const page = await current("before-you-close");
      const result = await editGuidePage({
        slug: "before-you-close",
        user,
        input: { locale: "en", baseRevisionId: page.revisionId, body: `${page.body}\nline ${i}`, summary: `edit ${i}` },
      });
      kinds.push(result.kind);
    }
    expect(kinds.slice(0, 8).every((k) => k === "saved")).toBe(true);
    expect(kinds[8]).toBe("rate_limited");
  });
});
