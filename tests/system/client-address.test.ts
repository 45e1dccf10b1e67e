import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { pgliteFolder, startServer, type RunningServer, type ServerEnv } from "../../scripts/production-server";

const post = (server: RunningServer, headers: Record<string, string>, story: string) =>
  fetch(`${server.url}/api/v1/reports`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ operator: "mts", channel: "app", outcome: "success", attemptedMonth: "2025-01", location: "abroad", story }),
  });

/** The id of a server action from the build's manifest (how a hand-made request names it). */
function actionId(name: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8"));
  const entry = Object.entries(manifest.node as Record<string, { exportedName?: string }>).find(([, v]) => v.exportedName === name);
  if (!entry) throw new Error(`no action ${name}`);
  return entry[0];
}

const forgedAction = (server: RunningServer, origin: string, forwardedHost: string) =>
  fetch(`${server.url}/en/operators/mts`, {
    method: "POST",
    headers: { "next-action": actionId("flagReportAction"), origin, "x-forwarded-host": forwardedHost, "content-type": "text/plain;charset=UTF-8" },
    body: JSON.stringify([{ submissions: 0 }, "$K1"]),
  });

const servers: Array<{ server: RunningServer; cleanup: () => void }> = [];
async function serverWith(env: ServerEnv) {
  const folder = pgliteFolder();
  const server = await startServer({ PGLITE_DIR: folder.dir, REPORT_LIMIT_PER_HOUR: "3", ...env });
  servers.push({ server, cleanup: folder.cleanup });
  return server;
}

afterAll(async () => {
  for (const { server, cleanup } of servers) {
    await server.stop();
    cleanup();
  }
});

describe("the client address and host the app believes (npm start)", () => {
  it("directly reachable: X-Forwarded-For is ignored, the socket's address is limited", async () => {
    const server = await serverWith({ TRUSTED_PROXY_HOPS: "0" });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(server, { "x-forwarded-for": `198.51.100.${i}` }, `direct ${i}`)).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
  });

  it("directly reachable: a forwarded host cannot make a cross-site server action look same-site", async () => {
    const server = await serverWith({ TRUSTED_PROXY_HOPS: "0" });
    const forged = await forgedAction(server, "http://evil.example", "evil.example");
    expect(forged.status).toBe(403);
    const sameSite = await forgedAction(server, server.url, "evil.example");
    expect(sameSite.status).toBe(200);
  });

  it("behind two trusted proxies: the second address from the right is the client", async () => {
    const server = await serverWith({ TRUSTED_PROXY_HOPS: "2" });
    const statuses = [];
    // the client writes anything on the left; the proxies append the client and themselves
    for (let i = 0; i < 4; i++) statuses.push((await post(server, { "x-forwarded-for": `6.6.6.${i}, 203.0.113.7, 10.0.0.2` }, `proxied ${i}`)).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    // another client behind the same proxies has its own count
    expect((await post(server, { "x-forwarded-for": "203.0.113.8, 10.0.0.2" }, "another client")).status).toBe(201);
  });
});
