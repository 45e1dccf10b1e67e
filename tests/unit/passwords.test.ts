import { describe, expect, it } from "vitest";
import { breachedPasswords, isCommonPassword } from "@/lib/auth/common-passwords";
import { newPasswordSchema } from "@/lib/auth/schema";

describe("new passwords (NIST SP 800-63B)", () => {
  it("are checked against a breached-password list of at least 100,000 entries", () => {
    expect(breachedPasswords().size).toBeGreaterThanOrEqual(100_000);
  });

  it("refuses the passwords the security review could set", () => {
    for (const password of ["Password1!", "monkey123", "aaaaaaab", "sunshine1", "Qwerty123!", "P@ssw0rd2024", "iloveyou12"]) {
      expect(newPasswordSchema.safeParse(password).success, password).toBe(false);
    }
  });

  it("needs at least 10 characters", () => {
    expect(newPasswordSchema.safeParse("Zx8#kq2!v").error?.issues[0].message).toBe("password_length");
  });

  it("accepts long or random passwords", () => {
    for (const password of ["correct horse battery staple", "moscow winter tea 2026", "Xk9#mP2qL7vR", "我的保号卡今年要注销了"]) {
      expect(isCommonPassword(password), password).toBe(false);
      expect(newPasswordSchema.safeParse(password).success, password).toBe(true);
    }
  });
});

describe("a session after a password change", () => {
  it("stays valid only for the session that changed it, and only one version behind", async () => {
    const { sessionStillValid } = await import("@/lib/auth/session-token");
    const account = { sessionVersion: 3, keptSessionId: "mine", revoked: false };
    expect(sessionStillValid({ sid: "mine", sv: 2 }, account)).toBe(true);
    expect(sessionStillValid({ sid: "other", sv: 2 }, account)).toBe(false);
    expect(sessionStillValid({ sid: "mine", sv: 1 }, account)).toBe(false);
    expect(sessionStillValid({ sid: "other", sv: 3 }, account)).toBe(true);
    expect(sessionStillValid({ sid: "other", sv: 3 }, { ...account, revoked: true })).toBe(false);
  });
});
