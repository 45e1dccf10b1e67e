import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { reminderCalendar, reminderSchedule } from "@/lib/follow-ups/reminders";
import { followUpInputFromForm, followUpInputSchema } from "@/lib/follow-ups/schema";
import { hashFollowUpToken, isWellFormedToken, newFollowUpToken } from "@/lib/follow-ups/token";
import { dayAfterAttempt } from "@/lib/domain";
import { followUpWindow, windowOpenedBy, windowState } from "@/lib/follow-ups/window";

const at = (iso: string) => new Date(iso);

describe("the follow-up window", () => {
  it("counts the attempt as made on the last day of its month, leap years included", () => {
    expect(followUpWindow("2025-08")).toEqual({ attemptDay: "2025-08-31", opensOn: "2025-09-30", closesOn: "2026-08-31" });
    expect(followUpWindow("2024-02").attemptDay).toBe("2024-02-29");
    expect(followUpWindow("2025-02").attemptDay).toBe("2025-02-28");
    expect(followUpWindow("2025-12")).toEqual({ attemptDay: "2025-12-31", opensOn: "2026-01-30", closesOn: "2026-12-31" });
    expect(dayAfterAttempt("2025-01", 90)).toBe("2025-05-01");
  });

  it("is early before day 30, open from day 30 through day 365, closed after (UTC days)", () => {
    expect(windowState("2025-08", at("2025-08-10T00:00:00Z"))).toBe("early");
    expect(windowState("2025-08", at("2025-09-29T23:59:59Z"))).toBe("early");
    expect(windowState("2025-08", at("2025-09-30T00:00:00Z"))).toBe("open");
    expect(windowState("2025-08", at("2026-08-31T23:59:59Z"))).toBe("open");
    expect(windowState("2025-08", at("2026-09-01T00:00:00Z"))).toBe("closed");
  });

  it("tells the follow-up rate whose window had opened on a day", () => {
    expect(windowOpenedBy("2025-08", "2025-09-29")).toBe(false);
    expect(windowOpenedBy("2025-08", "2025-09-30")).toBe(true);
  });
});

describe("follow-up tokens", () => {
  it("are 256 random bits as 43 base64url characters, stored as their sha-256", () => {
    const { token, hash } = newFollowUpToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hashFollowUpToken(token)).toBe(hash);
    expect(newFollowUpToken().token).not.toBe(token);
  });

  it("refuses anything that is not one before the database is asked", () => {
    expect(isWellFormedToken(newFollowUpToken().token)).toBe(true);
    for (const bad of ["", "short", "x".repeat(44), `${"a".repeat(42)}=`, `${"a".repeat(42)}/`, "../../etc/passwd"]) {
      expect(isWellFormedToken(bad)).toBe(false);
    }
  });
});

describe("follow-up input", () => {
  it("requires how a closing was checked, and drops fields of other kinds", () => {
    expect(followUpInputSchema.safeParse({ kind: "confirmed_closed" }).error?.issues[0]).toMatchObject({ path: ["method"], message: "method_required" });
    expect(followUpInputSchema.parse({ kind: "confirmed_closed", method: "gosuslugi", refundAmount: 300 })).toEqual({
      kind: "confirmed_closed",
      method: "gosuslugi",
      refundAmount: null,
      note: "",
    });
    expect(followUpInputSchema.parse({ kind: "balance_refunded", method: "call", refundAmount: 350, note: "  到账了 \r\n" })).toEqual({
      kind: "balance_refunded",
      method: null,
      refundAmount: 350,
      note: "到账了",
    });
  });

  it("names bad values with codes", () => {
    const code = (payload: unknown) => followUpInputSchema.safeParse(payload).error?.issues[0].message;
    expect(code({})).toBe("required");
    expect(code({ kind: "closed" })).toBe("invalid_choice");
    expect(code({ kind: "balance_refunded", refundAmount: -1 })).toBe("invalid_amount");
    expect(code({ kind: "balance_refunded", refundAmount: 1.5 })).toBe("invalid_amount");
    expect(code({ kind: "still_active", note: "x".repeat(1001) })).toBe("note_too_long");
    expect(code({ kind: "still_active", note: "bad\u202Etext" })).toBe("invalid_characters");
  });

  it("reads the amount as people type it", () => {
    const form = (amount: string) => {
      const data = new FormData();
      data.set("kind", "balance_refunded");
      data.set("refundAmount", amount);
      return followUpInputFromForm(data).refundAmount;
    };
    expect(form("350")).toBe(350);
    expect(form(" 1 200 ₽")).toBe(1200);
    expect(form("350 руб.")).toBe(350);
    expect(form("")).toBeUndefined();
    expect(form("3.5")).toBeNaN();
  });
});

describe("reminders", () => {
  it("fall on day 30 and day 90 after the attempt day", () => {
    expect(reminderSchedule("2025-08")).toEqual([
      { day: 30, date: "2025-09-30" },
      { day: 90, date: "2025-11-29" },
    ]);
  });

  it("make an iCalendar file with CRLF lines of at most 75 octets and escaped text", () => {
    const ics = reminderCalendar({
      reportId: "3f2b1c9e-0000-4000-8000-000000000001",
      attemptedMonth: "2025-08",
      url: "https://example.org/follow-up/abc",
      issuedAt: new Date("2025-09-02T10:11:12.345Z"),
      text: (day) => ({ title: "SIM Exit：回来跟进你的销户报告", description: `第 ${day} 天; 号码, 余额\\退回？` }),
    });
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20250930\r\nDTEND;VALUE=DATE:20251001");
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20251129\r\nDTEND;VALUE=DATE:20251130");
    expect(unfolded).toContain("DTSTAMP:20250902T101112Z");
    expect(unfolded).toContain("DESCRIPTION:第 30 天\\; 号码\\, 余额\\\\退回？\\nhttps://example.org/follow-up/abc");
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(unfolded.match(/BEGIN:VALARM/g)).toHaveLength(2);
  });
});
