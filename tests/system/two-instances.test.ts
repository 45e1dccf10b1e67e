import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshPostgresDatabase, postgresUrl, runScript, signIn, startServer, type RunningServer } from "../../scripts/production-server";

/**
 * Two `npm start` processes on one PostgreSQL database, each with its own page cache: a write
 * through one is seen through the other on the next request, and so is a write made straight
 * in SQL (the triggers log it and notify every instance).
 */
const onPostgres = Boolean(postgresUrl());
const SLUG = "balance-refund";
const member = { email: "two-instances@example.com", password: "a long passphrase for two instances", name: "Two Instances" };

let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
let a: RunningServer;
let b: RunningServer;

describe.skipIf(!onPostgres)("several instances stay consistent (PostgreSQL)", () => {
  beforeAll(async () => {
    database = await freshPostgresDatabase();
    runScript("user-create", [member.email, "member", member.name], { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: "system-test-secret-0123456789abcdefghijklmnop", USER_PASSWORD: member.password });
    [a, b] = await Promise.all([startServer({ DATABASE_URL: database.url }), startServer({ DATABASE_URL: database.url })]);
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  const text = async (server: RunningServer, path: string) => (await fetch(`${server.url}${path}`)).text();

  it("an edit through one instance is on the other's cached page at the next request", async () => {
    // both caches hold the page first
    const before = await text(b, `/en/guide/${SLUG}`);
    expect(await text(b, `/en/guide/${SLUG}`)).toBe(before);
    await text(a, `/en/guide/${SLUG}`);
    const cookie = await signIn(a.url, member.email, member.password);
    const current = await (await fetch(`${a.url}/api/v1/guide/${SLUG}?locale=en`)).json();
    const marker = `Edited through instance A ${Date.now()}`;
    const saved = await fetch(`${a.url}/api/v1/guide/${SLUG}`, {
      method: "PUT",
      headers: { cookie, "content-type": "application/json", "x-forwarded-for": "203.0.113.1" },
      body: JSON.stringify({ locale: "en", baseRevisionId: current.revisionId, body: `${current.body}\n\n${marker}\n`, summary: "two instances" }),
    });
    expect(saved.status).toBe(200);
    expect(await text(b, `/en/guide/${SLUG}`)).toContain(marker);
    expect(await text(b, `/en/guide/${SLUG}/history`)).toContain("two instances");
  });

  it("a report posted through one instance moves the figures the other shows", async () => {
    const figures = async () => (await (await fetch(`${b.url}/api/v1/operators/megafon/stats`)).json()).reports.published as number;
    const before = await figures();
    await text(b, "/en/operators/megafon");
    const story = `posted through A ${Date.now()}`;
    const posted = await fetch(`${a.url}/api/v1/reports`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ operator: "megafon", channel: "store", outcome: "success", attemptedMonth: "2025-05", location: "in_russia", story }),
    });
    expect(posted.status).toBe(201);
    expect(await figures()).toBe(before + 1);
    expect(await text(b, "/en/operators/megafon")).toContain(story);
  });

  it("a write made straight in SQL reaches both caches within the notification's delay", async () => {
    const { default: postgres } = await import("postgres");
    const sql = postgres(database.url, { max: 1, onnotice: () => {} });
    await Promise.all([text(a, "/en"), text(b, "/en")]);
    const name = `Yota renamed ${Date.now()}`;
    await sql`UPDATE operators SET name_en = ${name} WHERE slug = 'yota'`;
    await sql.end();
    // the notification arrives in milliseconds; the stated bound is the safety pull, 5 s
    const deadline = Date.now() + 5000;
    let seen = [false, false];
    while (Date.now() < deadline && !seen.every(Boolean)) {
      seen = await Promise.all([a, b].map(async (server) => (await text(server, "/en")).includes(name)));
      if (!seen.every(Boolean)) await new Promise((r) => setTimeout(r, 50));
    }
    expect(seen).toEqual([true, true]);
  });
});
