import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { memberGate } from "@/lib/auth/member-gate";
import { config } from "@/proxy";

const runsFor = (url: string, headers: Record<string, string> = {}) => unstable_doesMiddlewareMatch({ config, url, headers });

describe("the proxy runs only where it has work", () => {
  const memberPages = [
    "/account",
    "/moderation",
    "/guide/new",
    "/guide/can-it-be-closed-online/edit",
    "/policy/new",
    "/policy/foreigners-2024/edit",
    // follow-up pages: a link that matches no report is a 404, someone else's report too
    "/account/follow-ups/3f2b1c9e-0000-4000-8000-000000000001",
    "/follow-up/not-a-token",
  ];

  it("runs for every page the member gate guards, in both languages", async () => {
    for (const path of memberPages.flatMap((p) => [p, `/en${p}`])) {
      expect(runsFor(path), path).toBe(true);
      // and the gate does guard it: a signed-out reader is sent to sign in, or refused
      expect((await memberGate(new NextRequest(`http://localhost${path}`))).kind, path).not.toBe("pass");
    }
  });

  it("runs for server actions posted to any page", () => {
    for (const path of ["/reports/new", "/en/guide/can-it-be-closed-online", "/operators/mts", "/"]) {
      expect(runsFor(path, { "next-action": "0123abcd" }), path).toBe(true);
    }
  });

  it("never runs for a reading page, a feed, the API or a static file, none of which the gate guards", async () => {
    for (const path of ["/", "/en", "/guide", "/guide/can-it-be-closed-online", "/guide/can-it-be-closed-online/history", "/operators/mts", "/stats", "/policy", "/policy/foreigners-2024", "/reports/new", "/feed.xml", "/robots.txt", "/api/v1/operators", "/_next/static/chunks/a.js", "/favicon.ico", "/accounts", "/guide/new-ideas", "/operators/mts/feed.xml", "/follow-ups"]) {
      expect(runsFor(path), path).toBe(false);
      expect((await memberGate(new NextRequest(`http://localhost${path}`))).kind, path).toBe("pass");
    }
  });
});
