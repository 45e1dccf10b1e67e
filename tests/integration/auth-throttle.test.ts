import { describe, expect, it } from "vitest";
import { consumeRateLimit } from "@/db/queries/rate-limits";
import { forgiveSignInAttempt, SIGN_IN_MAX_FAILURES, takeSignInAttempt } from "@/lib/auth/throttle";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { setupTestDatabase } from "../helpers/test-db";

setupTestDatabase({ seed: false });

describe("sign-in throttling, stored in the database", () => {
  it("refuses an account after 10 failed attempts, whatever address tries next", async () => {
    const email = "victim@example.com";
    for (let i = 0; i < SIGN_IN_MAX_FAILURES - 1; i++) expect((await takeSignInAttempt({ email, address: `10.0.0.${i}` })).ok).toBe(true);
    // a right password gives its attempt back: it does not count towards the limit
    await forgiveSignInAttempt(await takeSignInAttempt({ email, address: "10.0.1.1" }));
    expect((await takeSignInAttempt({ email, address: "10.0.0.99" })).ok).toBe(true);
    const verdict = await takeSignInAttempt({ email, address: "10.0.1.1" });
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.retryAfterSeconds).toBeGreaterThan(800);
    expect((await takeSignInAttempt({ email: "someone-else@example.com", address: "10.0.1.1" })).ok).toBe(true);
  });

  it("refuses an address after 10 failed attempts across accounts", async () => {
    for (let i = 0; i < SIGN_IN_MAX_FAILURES; i++) await takeSignInAttempt({ email: `guess${i}@example.com`, address: "203.0.113.7" });
    expect((await takeSignInAttempt({ email: "fresh@example.com", address: "203.0.113.7" })).ok).toBe(false);
    expect((await takeSignInAttempt({ email: "fresh@example.com", address: "203.0.113.8" })).ok).toBe(true);
  });

  it("lets 25 parallel guesses at 8 earlier failures check exactly 2 passwords", async () => {
    const email = "parallel@example.com";
    for (let i = 0; i < 8; i++) await takeSignInAttempt({ email, address: `198.51.100.${i}` });
    const verdicts = await Promise.all(Array.from({ length: 25 }, (_, i) => takeSignInAttempt({ email, address: `198.51.101.${i}` })));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(2);
  });

  it("counts a flood exactly: 30 concurrent attempts at a limit of 5 pass 5", async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, () => consumeRateLimit({ bucket: "test-flood", subject: "one", limit: 5, windowMs: 60_000 })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    const refused = results.find((r) => !r.ok);
    expect(refused && !refused.ok && refused.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe("passwords", () => {
  it("are stored as Argon2id with the library defaults and verified", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "correct horse battery")).toBe(true);
    expect(await verifyPassword(hash, "wrong")).toBe(false);
    expect(await verifyPassword(null, "anything")).toBe(false);
  });
});
