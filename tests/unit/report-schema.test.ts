import { describe, expect, it } from "vitest";
import { issueCodes } from "@/lib/forms";
import { latestAllowedMonth, reportInputFromForm, reportInputSchema } from "@/lib/reports/schema";

const valid = {
  operator: "mts",
  channel: "app",
  outcome: "success",
  attemptedMonth: "2025-03",
  location: "abroad",
};

const errorsOf = (payload: unknown) => {
  const result = reportInputSchema.safeParse(payload);
  return result.success ? {} : issueCodes(result.error, "body");
};

describe("report input schema", () => {
  it("accepts the smallest valid report and fills the optional fields", () => {
    const parsed = reportInputSchema.parse(valid);
    expect(parsed).toMatchObject({
      ...valid,
      daysToComplete: null,
      registeredTo: null,
      documents: [],
      balanceRefunded: null,
      story: "",
      language: "zh",
      displayName: null,
    });
  });

  it("names every missing required field", () => {
    expect(Object.keys(errorsOf({})).sort()).toEqual(["attemptedMonth", "channel", "location", "operator", "outcome"]);
    expect(errorsOf({}).channel).toBe("required");
  });

  it.each([
    ["2025-00", "invalid_month"],
    ["2025-13", "invalid_month"],
    ["2025-3", "invalid_month"],
    ["25-03", "invalid_month"],
    ["1999-12", "too_early_month"],
    ["2025-03-01", "invalid_month"],
    ["2099-01", "future_month"],
  ])("rejects the month %s as %s", (attemptedMonth, code) => {
    expect(errorsOf({ ...valid, attemptedMonth }).attemptedMonth).toBe(code);
  });

  it("accepts January 2000, December of last year and the current month", () => {
    const lastYear = `${new Date().getUTCFullYear() - 1}-12`;
    for (const month of ["2000-01", lastYear, latestAllowedMonth()]) {
      expect(errorsOf({ ...valid, attemptedMonth: month })).toEqual({});
    }
  });

  it("rejects a month after the current one, wherever the sender is", () => {
    const now = new Date();
    const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 1));
    const month = `${next.getUTCFullYear()}-${String(next.getUTCMonth() + 1).padStart(2, "0")}`;
    expect(errorsOf({ ...valid, attemptedMonth: month }).attemptedMonth).toBe("future_month");
  });

  it.each([[-1], [366], [1.5], ["7"], [Number.NaN]])("rejects %s days", (daysToComplete) => {
    expect(errorsOf({ ...valid, daysToComplete }).daysToComplete).toBe("invalid_days");
  });

  it("accepts 0 and 365 days", () => {
    expect(errorsOf({ ...valid, daysToComplete: 0 })).toEqual({});
    expect(errorsOf({ ...valid, daysToComplete: 365 })).toEqual({});
  });

  it("limits the story to 5000 characters, counting CJK and emoji as one each", () => {
    expect(errorsOf({ ...valid, story: "字".repeat(5000) })).toEqual({});
    expect(errorsOf({ ...valid, story: "😀".repeat(5000) })).toEqual({});
    expect(errorsOf({ ...valid, story: "字".repeat(5001) }).story).toBe("story_too_long");
  });

  it("rejects unknown enum values and wrong types", () => {
    expect(errorsOf({ ...valid, channel: "pigeon" }).channel).toBe("invalid_choice");
    expect(errorsOf({ ...valid, outcome: 1 }).outcome).toBe("invalid_choice");
    expect(errorsOf({ ...valid, location: "moon" }).location).toBe("invalid_choice");
    expect(errorsOf({ ...valid, documents: ["passport", "blood"] }).documents).toBe("invalid_choice");
    expect(errorsOf({ ...valid, documents: "passport" }).documents).toBe("invalid_choice");
    expect(errorsOf({ ...valid, language: "fr" }).language).toBe("invalid_choice");
  });

  it("does not allow 'none' together with other documents, and removes repeats", () => {
    expect(errorsOf({ ...valid, documents: ["none", "passport"] }).documents).toBe("none_exclusive");
    expect(reportInputSchema.parse({ ...valid, documents: ["passport", "passport"] }).documents).toEqual(["passport"]);
  });

  it("takes balanceRefunded as a choice or a boolean", () => {
    expect(reportInputSchema.parse({ ...valid, balanceRefunded: true }).balanceRefunded).toBe("yes");
    expect(reportInputSchema.parse({ ...valid, balanceRefunded: false }).balanceRefunded).toBe("no");
    expect(reportInputSchema.parse({ ...valid, balanceRefunded: "not_applicable" }).balanceRefunded).toBe("not_applicable");
  });

  it("ignores fields a client may not set", () => {
    const parsed = reportInputSchema.parse({ ...valid, id: "x", status: "rejected", userId: "u", createdAt: "2020" });
    expect(parsed).not.toHaveProperty("id");
    expect(parsed).not.toHaveProperty("status");
    expect(parsed).not.toHaveProperty("userId");
    expect(parsed).not.toHaveProperty("createdAt");
  });

  it("checks the idempotency key's shape", () => {
    expect(errorsOf({ ...valid, idempotencyKey: "short" }).idempotencyKey).toBe("invalid_key");
    expect(errorsOf({ ...valid, idempotencyKey: "has spaces in it" }).idempotencyKey).toBe("invalid_key");
    expect(errorsOf({ ...valid, idempotencyKey: "c0a8f2b4-1d2e-4f00-9a8b-0123456789ab" })).toEqual({});
  });

  it("reads the form: empty optional fields are absent, a typed non-number is an error", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(valid)) form.set(k, v);
    form.set("daysToComplete", "");
    form.set("registeredTo", "");
    form.append("documents", "passport");
    form.append("documents", "sim_card");
    const payload = reportInputFromForm(form, "en");
    expect(reportInputSchema.parse(payload)).toMatchObject({ daysToComplete: null, registeredTo: null, documents: ["passport", "sim_card"], language: "en" });
    form.set("daysToComplete", "abc");
    expect(errorsOf(reportInputFromForm(form, "en")).daysToComplete).toBe("invalid_days");
  });
});
