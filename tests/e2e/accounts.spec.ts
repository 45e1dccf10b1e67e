import { expect, test } from "@playwright/test";
import { apiSignIn, expectNoAxeViolations, moderator, newAccount, registerInBrowser, screenshotAt } from "./helpers";

const SLUG = "before-you-close";

test.describe("accounts and the living guide", () => {
  test("register, sign out, sign in, edit a page, see history and diff, restore the old version", async ({ page }) => {
    const account = newAccount("editor");
    await registerInBrowser(page, account);
    await expect(page.getByText(`Signed in as ${account.email}`)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/en$/);

    await page.goto("/en/signin");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByRole("link", { name: account.name })).toBeVisible();

    await page.goto(`/en/guide/${SLUG}`);
    const originalHeading = await page.getByRole("heading", { level: 1 }).textContent();
    await page.getByRole("link", { name: "Edit", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/en/guide/${SLUG}/edit$`));
    const body = page.getByLabel("Text (Markdown)");
    const marker = `Edited in an end-to-end test ${Date.now()}`;
    await body.fill(`${await body.inputValue()}\n\n## ${marker}\n`);
    await expect(page.getByTestId("preview").getByRole("heading", { name: marker })).toBeVisible();
    await page.getByLabel("Edit summary").fill("Add a test section");
    await screenshotAt(page, "edit-en", 1280);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/guide/${SLUG}\\?edit=saved$`));
    await expect(page.getByRole("heading", { name: marker })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(originalHeading ?? "");

    await page.getByRole("link", { name: "History" }).click();
    const newest = page.locator("tbody tr").first();
    await expect(newest).toContainText(account.name);
    await expect(newest).toContainText("Add a test section");
    await newest.getByRole("link").first().click();
    await expect(page.getByTestId("diff")).toContainText(marker);
    await expect(page.getByTestId("diff").locator("ins").filter({ hasText: marker })).toBeVisible();
    await expectNoAxeViolations(page);

    // restore the revision before this edit: a new revision, the old text back
    await page.goto(`/en/guide/${SLUG}/history`);
    const rows = page.locator("tbody tr");
    const count = await rows.count();
    await rows.nth(1).getByRole("link").first().click();
    await page.getByRole("button", { name: "Restore this version" }).click();
    await expect(page.getByRole("status")).toContainText("Restored");
    await expect(page.locator("tbody tr")).toHaveCount(count + 1);
    await expect(page.locator("tbody tr").first()).toContainText("Restore revision");
    await page.goto(`/en/guide/${SLUG}`);
    await expect(page.getByRole("heading", { name: marker })).toHaveCount(0);
  });

  test("a stale edit shows the conflict view with the editor's text intact", async ({ page, playwright, baseURL }) => {
    const account = newAccount("stale");
    await registerInBrowser(page, account);
    await page.goto(`/en/guide/routes-to-end-the-contract/edit`);
    const body = page.getByLabel("Text (Markdown)");
    const original = await body.inputValue();
    const firstLine = original.split("\n").find((line) => line.trim().length > 0)!;

    // someone else (the moderator, over the API) saves a change to the same line meanwhile
    const other = await playwright.request.newContext({ baseURL });
    expect((await apiSignIn(other, moderator.email, moderator.password)).status).toBe(302);
    const current = await (await other.get("/api/v1/guide/routes-to-end-the-contract?locale=en")).json();
    const theirs = await other.put("/api/v1/guide/routes-to-end-the-contract", {
      data: { locale: "en", baseRevisionId: current.revisionId, body: current.body.replace(firstLine, `${firstLine} (their change)`), summary: "theirs" },
    });
    expect(theirs.status()).toBe(200);
    await other.dispose();

    const mine = original.replace(firstLine, `${firstLine} (my change that must survive)`);
    await body.fill(mine);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Edit conflict")).toBeVisible();
    await expect(page.getByLabel("Your version")).toHaveValue(mine);
    await expect(page.getByLabel(/Current version/)).toHaveValue(/their change/);
    await screenshotAt(page, "edit-conflict-en", 1280);
    await expectNoAxeViolations(page);

    // resolving it in the right-hand box and saving again works
    await page.getByLabel("Your version").fill(mine.replace(firstLine, `${firstLine} (their change) (my change that must survive)`));
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(/\?edit=saved$/);
  });

  test("ten failed sign-ins lock the account, even against the right password, and the form says so", async ({ page, playwright, baseURL }) => {
    const account = newAccount("locked");
    await registerInBrowser(page, account);
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.23" } });
    for (let i = 0; i < 10; i++) {
      const attempt = await apiSignIn(api, account.email, "wrong-password-123");
      expect(attempt.location).toContain("error=CredentialsSignin");
    }
    const right = await apiSignIn(api, account.email, account.password);
    expect(right.location).toContain("code=rate_limited");
    expect((await (await api.get("/api/auth/session")).json())?.user).toBeUndefined();
    await api.dispose();

    await page.context().clearCookies();
    await page.goto("/signin");
    await page.getByLabel("邮箱").fill(account.email);
    await page.getByLabel("密码").fill(account.password);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "登录失败次数太多" })).toBeVisible();
    await expect(page.getByLabel("邮箱")).toHaveValue(account.email);
  });
});

test.describe("guide API with a real session cookie", () => {
  test("401 signed out, 200 saved, 409 on a stale overlapping edit, 403 on a protected page", async ({ playwright, baseURL, browser }) => {
    const PATH = "/api/v1/guide/documents-checklist-and-faq";
    const anonymous = await playwright.request.newContext({ baseURL });
    const page = await (await anonymous.get(`${PATH}?locale=zh`)).json();
    const edit = (body: string, baseRevisionId = page.revisionId) => ({ data: { locale: "zh", baseRevisionId, body, summary: "api" } });
    expect((await anonymous.put(PATH, edit(page.body + "\nx"))).status()).toBe(401);

    const mod = await playwright.request.newContext({ baseURL });
    expect((await apiSignIn(mod, moderator.email, moderator.password)).status).toBe(302);
    expect((await (await mod.get("/api/auth/session")).json()).user.email).toBe(moderator.email);
    const lines: string[] = page.body.split("\n");
    const target = lines.findIndex((l) => l.trim().length > 0);
    const withLine = (suffix: string) => lines.map((l, i) => (i === target ? `${l}${suffix}` : l)).join("\n");

    const saved = await mod.put(PATH, edit(withLine("（一）")));
    expect(saved.status()).toBe(200);
    expect(await saved.json()).toMatchObject({ revisionId: expect.any(Number), merged: false });

    const stale = await mod.put(PATH, edit(withLine("（二）")));
    expect(stale.status()).toBe(409);
    const conflict = await stale.json();
    expect(conflict.error.code).toBe("edit_conflict");
    expect(conflict.error.current.body).toContain("（一）");
    expect(conflict.error.yours.body).toContain("（二）");

    const revisions = await (await anonymous.get(`${PATH}/revisions?locale=zh`)).json();
    expect(revisions[0]).toMatchObject({ number: page.revisionNumber + 1, summary: "api" });

    // the moderator protects the page in the browser (a server action); a member then gets 403
    const modBrowser = await browser.newContext({ storageState: await mod.storageState(), baseURL });
    const modPage = await modBrowser.newPage();
    await modPage.goto("/guide/documents-checklist-and-faq");
    await modPage.getByRole("button", { name: "保护页面" }).click();
    await expect(modPage.getByRole("button", { name: "取消保护" })).toBeVisible();

    const memberPage = await (await browser.newContext({ baseURL })).newPage();
    const member = newAccount("api");
    await registerInBrowser(memberPage, member);
    const fresh = await (await anonymous.get(`${PATH}?locale=zh`)).json();
    const forbidden = await memberPage.context().request.put(PATH, edit(fresh.body + "\nmember", fresh.revisionId));
    expect(forbidden.status()).toBe(403);
    await memberPage.goto("/guide/documents-checklist-and-faq/edit");
    await expect(memberPage.getByText("只有管理员可以编辑")).toBeVisible();

    await modPage.getByRole("button", { name: "取消保护" }).click();
    await expect(modPage.getByRole("button", { name: "保护页面" })).toBeVisible();
    await Promise.all([anonymous.dispose(), mod.dispose(), modBrowser.close(), memberPage.context().close()]);
  });
});
