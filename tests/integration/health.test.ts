import { afterAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { bindDatabase, closeDb } from "@/db/index";
import * as schema from "@/db/schema";
import { createTestDatabase } from "../helpers/test-db";

afterAll(() => closeDb());

describe("GET /api/health", () => {
  it("answers 200 when the database answers", async () => {
    const testDb = await createTestDatabase();
    bindDatabase(testDb.db, testDb.close);
    const response = await health();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "ok" });
    await closeDb();
  });

  it("answers 503 when the database is unreachable", async () => {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    // nothing listens on port 1: the connection is refused
    const client = postgres("postgres://postgres@127.0.0.1:1/none", { max: 1, connect_timeout: 2, onnotice: () => {} });
    bindDatabase(drizzle(client, { schema }), () => client.end({ timeout: 1 }));
    const response = await health();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "unavailable", database: "unreachable" });
  });
});
