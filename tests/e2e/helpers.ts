import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";

export const SCREENSHOTS = "artifacts/screenshots";
mkdirSync(SCREENSHOTS, { recursive: true });

/** Keeps a full-page screenshot at the given width as a CI artifact. */
export async function screenshotAt(page: Page, name: string, width: number) {
  await page.setViewportSize({ width, height: 900 });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}.png`, fullPage: true });
}

/** WCAG 2 A/AA rules must find nothing. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

export function reportPayload(overrides: Record<string, unknown> = {}) {
  return {
    operator: "mts",
    channel: "app",
    outcome: "success",
    attemptedMonth: "2025-03",
    location: "abroad",
    daysToComplete: 3,
    documents: ["passport"],
    story: "e2e report",
    language: "en",
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

export async function postReport(request: APIRequestContext, overrides: Record<string, unknown> = {}) {
  const response = await request.post("/api/v1/reports", { data: reportPayload(overrides) });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; status: string };
}
