import { afterAll, describe, expect, it } from "vitest";
import { bindDatabase, closeDb } from "@/db/index";
import { pingDatabase } from "@/db/queries/health";
import * as schema from "@/db/schema";
import { createTestDatabase } from "../helpers/test-db";

afterAll(() => closeDb());

// GET /api/health maps these to 200 and 503 (the HTTP answers are checked end to end)
describe("database health", () => {
  it("is ok when the database answers", async () => {
    const testDb = await createTestDatabase();
    bindDatabase(testDb.db, testDb.close);
    expect(await pingDatabase()).toMatchObject({ ok: true });
    await closeDb();
  });

  it("is not ok, quickly, when the database is unreachable", async () => {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    // nothing listens on port 1: the connection is refused
    const client = postgres("postgres://postgres@127.0.0.1:1/none", { max: 1, connect_timeout: 2, onnotice: () => {} });
    bindDatabase(drizzle(client, { schema }), () => client.end({ timeout: 1 }));
    expect(await pingDatabase({ timeoutMs: 3000 })).toMatchObject({ ok: false });
  });
});
