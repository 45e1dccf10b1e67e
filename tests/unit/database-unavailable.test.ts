import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "@/db/errors";
import { apiRoute } from "@/lib/http/api-route";

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe("isDatabaseUnavailable", () => {
  it("recognises a database that went away, however the driver wrapped it", () => {
    expect(isDatabaseUnavailable(new DatabaseUnavailableError())).toBe(true);
    expect(isDatabaseUnavailable(withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("write CONNECTION_CLOSED localhost:5432", "CONNECTION_CLOSED"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("terminating connection due to administrator command", "57P01"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("connection failure", "08006"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("sorry, too many clients already", "53300"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("PGlite is closed"))).toBe(true);
    // drizzle's wrapper, and Node's happy-eyeballs AggregateError (IPv6 and IPv4 both refused)
    expect(isDatabaseUnavailable(new DrizzleQueryError("select 1", [], withCode("connect ECONNREFUSED", "ECONNREFUSED")))).toBe(true);
    const both = Object.assign(new AggregateError([withCode("a", "ECONNREFUSED"), withCode("b", "ECONNREFUSED")]), { code: "ECONNREFUSED" });
    expect(isDatabaseUnavailable(new DrizzleQueryError("select 1", [], both))).toBe(true);
  });

  it("leaves real query errors and bugs alone", () => {
    expect(isDatabaseUnavailable(withCode('duplicate key value violates unique constraint "x"', "23505"))).toBe(false);
    expect(isDatabaseUnavailable(withCode("syntax error", "42601"))).toBe(false);
    expect(isDatabaseUnavailable(withCode("could not serialize access", "40001"))).toBe(false);
    expect(isDatabaseUnavailable(new DrizzleQueryError("select 1", [], withCode("division by zero", "22012")))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

describe("apiRoute", () => {
  const request = new Request("http://localhost/api/v1/reports", { method: "POST", headers: { "x-request-id": "r-1" } });

  it("answers 503 with Retry-After and a plain message when the database is away", async () => {
    const handler = apiRoute(async (_request: Request) => {
      throw new DrizzleQueryError("insert into reports … params: secret story", ["secret story"], withCode("connect ECONNREFUSED 10.0.0.5:5432", "ECONNREFUSED"));
    });
    const response = await handler(request);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    const text = await response.text();
    expect(JSON.parse(text).error.code).toBe("service_unavailable");
    // no driver text, no query, no parameters, no address
    expect(text).not.toMatch(/ECONNREFUSED|insert|secret|10\.0\.0\.5|stack/i);
  });

  it("passes answers through and rethrows everything else", async () => {
    expect((await apiRoute(async (_request: Request) => Response.json({ ok: true }))(request)).status).toBe(200);
    const bug = new TypeError("a bug");
    await expect(apiRoute(async (_request: Request) => Promise.reject(bug))(request)).rejects.toBe(bug);
  });
});

describe("every API handler", () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === "route.ts") files.push(full);
    }
  };
  walk(path.join(process.cwd(), "app", "api", "v1"));

  it("is wrapped in apiRoute, so an outage is a 503 and never a 500", () => {
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      const methods = [...source.matchAll(/^export (?:async function|const) (GET|POST|PUT|PATCH|DELETE)\b(.*)$/gm)];
      expect(methods.length, file).toBeGreaterThan(0);
      for (const [, method, rest] of methods) expect(rest.startsWith(" = apiRoute("), `${file} ${method}`).toBe(true);
    }
  });
});
