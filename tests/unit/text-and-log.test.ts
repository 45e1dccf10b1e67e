import { describe, expect, it } from "vitest";
import { safeError } from "@/lib/log";
import { hasUnsafeCharacters } from "@/lib/text";
import { escapeXml } from "@/lib/http/site-url";
import { neutralizeFormula } from "@/lib/reports/export";
import { safeReturnPath } from "@/lib/forms";

describe("text the site refuses", () => {
  it("NUL, control characters, lone surrogates, non-characters and bidi overrides", () => {
    for (const bad of ["a\u0000b", "\u0001", "\u001b[31m", "\uD800", "x\uDC00", "\uFFFE", "\uFFFF", "\u202Eevil", "\u2066x\u2069"]) {
      expect(hasUnsafeCharacters(bad), JSON.stringify(bad)).toBe(true);
    }
  });

  it("but not ordinary text in three scripts, emoji, tabs and newlines", () => {
    expect(hasUnsafeCharacters("销户\tгосуслуги\nGosuslugi 👍 (2025-11-10)")).toBe(false);
  });
});

describe("output that other programs read", () => {
  it("XML: characters XML 1.0 forbids are removed, markup is escaped", () => {
    expect(escapeXml("a\u0001\u0008\u000b\u001b\u001f\ufffe\uffffb <&>")).toBe("ab &lt;&amp;&gt;");
    expect(escapeXml("tab\tand\nline")).toBe("tab\tand\nline");
  });

  it("CSV: cells a spreadsheet would run as formulas are neutralised (OWASP)", () => {
    for (const cell of ["=1+2*3", "+SUM(1,2)", "-2+3+cmd|' /C calc'!A0", "@SUM(1,2)", "\t=1", "\r=1"]) {
      expect(neutralizeFormula(cell).startsWith("'"), cell).toBe(true);
    }
    expect(neutralizeFormula("ordinary story")).toBe("ordinary story");
  });

  it("a return path is same-site, printable ASCII", () => {
    expect(safeReturnPath("/account")).toBe("/account");
    for (const bad of ["/。evil", "//evil.example", "/\\evil", "https://evil.example", "/a b"]) expect(safeReturnPath(bad), bad).toBe("/");
  });
});

describe("logged errors", () => {
  it("carry no query parameters and no quoted values", () => {
    const cause = Object.assign(new Error('invalid input syntax for type uuid: "secret story text"'), { code: "22P02" });
    const error = Object.assign(new Error('Failed query: insert into "reports" ("story") values ($1)\nparams: my private story,Some Name'), { cause });
    const logged = JSON.stringify(safeError(error));
    expect(logged).not.toContain("my private story");
    expect(logged).not.toContain("Some Name");
    expect(logged).not.toContain("secret story text");
    expect(logged).toContain("22P02");
    expect(logged).toContain("Failed query");
  });
});
