import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getOperatorStats } from "@/db/queries/stats";
import { serveStatsFastPath } from "@/lib/stats/fast-path";
import { submitReport } from "@/lib/reports/submit";
import { reportPayload } from "../helpers/reports";
import { setupTestDatabase } from "../helpers/test-db";

setupTestDatabase();
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    void serveStatsFastPath(req, res).then((served) => {
      if (!served) {
        res.statusCode = 418; // stands in for "handed to Next"
        res.end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the HTTP server's fast path for operator statistics", () => {
  it("answers exactly what the Next route answers, and follows new reports at once", async () => {
    const first = await fetch(`${base}/api/v1/operators/mts/stats`);
    expect(first.status).toBe(200);
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await first.json()).toEqual(JSON.parse(JSON.stringify(await getOperatorStats({ slug: "mts" }))));

    await submitReport({ payload: reportPayload({ operator: "mts", channel: "app", outcome: "success" }) });
    const after = await (await fetch(`${base}/api/v1/operators/mts/stats`)).json();
    expect(after.online.attempts).toBe(1);
    expect(after.online.successes).toBe(1);
  });

  it("answers 404 for an unknown operator and leaves every other request to Next", async () => {
    const missing = await fetch(`${base}/api/v1/operators/nope/stats`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe("not_found");
    expect((await fetch(`${base}/api/v1/operators`)).status).toBe(418);
    expect((await fetch(`${base}/api/v1/operators/mts/stats`, { method: "POST" })).status).toBe(418);
    expect((await fetch(`${base}/api/v1/operators/MTS%3Cscript%3E/stats`)).status).toBe(418);
  });
});
