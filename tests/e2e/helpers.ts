import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { reportPayload } from "../helpers/reports";

// the same valid report the integration tests post
export { reportPayload };

const SCREENSHOTS = "artifacts/screenshots";
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

export async function postReport(request: APIRequestContext, overrides: Record<string, unknown> = {}) {
  const response = await request.post("/api/v1/reports", { data: reportPayload(overrides) });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; status: string };
}

export const moderator = {
  email: process.env.E2E_MODERATOR_EMAIL ?? "moderator@e2e.test",
  password: process.env.E2E_MODERATOR_PASSWORD ?? "",
};

let accountSeq = 0;
export function newAccount(prefix = "member") {
  const id = `${Date.now().toString(36)}${(accountSeq++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return { email: `${prefix}-${id}@e2e.test`, name: `${prefix} ${id.slice(-4)}`, password: `pw-${id}-Secure` };
}

/** Signs in through Auth.js's own HTTP endpoints; the context keeps the session cookie. */
export async function apiSignIn(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  return { status: response.status(), location: response.headers()["location"] ?? "" };
}

/** A page of its own, signed in as the moderator through the Chinese sign-in form. */
export async function signInAsModerator(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("邮箱").fill(moderator.email);
  await page.getByLabel("密码").fill(moderator.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("link", { name: "审核" })).toBeVisible();
  return page;
}

export async function registerInBrowser(page: Page, account: { email: string; name: string; password: string }) {
  await page.goto("/en/register");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Display name").fill(account.name);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page).toHaveURL(/\/en\/account$/);
}

type Account = { email: string; password: string; name: string };
/** Accounts scripts/e2e.ts made before the server started (moderator, memberA, memberB). */
export const accounts: Record<"moderator" | "memberA" | "memberB", Account> = JSON.parse(process.env.E2E_ACCOUNTS ?? "{}");

/** A request context signed in as `account`, speaking from its own address. */
export async function signedInContext(playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } }, baseURL: string | undefined, account: Account, address = "198.51.100.200") {
  const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": address } });
  const { status } = await apiSignIn(context, account.email, account.password);
  expect(status).toBe(302);
  return context;
}
