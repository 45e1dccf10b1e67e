import { expect, test } from "@playwright/test";
import { apiSignIn, expectNoAxeViolations, moderator, newAccount, postReport, registerInBrowser, reportPayload, screenshotAt, signInAsModerator } from "./helpers";

test.describe("trust and safety", () => {
  test("a held report is invisible until a moderator approves it, then it counts", async ({ page, request, browser, baseURL }) => {
    const story = `联系我办理：vx: simhelp${Date.now() % 100000}`;
    const held = await request.post("/api/v1/reports", { data: reportPayload({ operator: "beeline", channel: "online_chat", story }) });
    expect(held.status()).toBe(201);
    const { id, status } = await held.json();
    expect(status).toBe("pending");

    // invisible to the public: not in the API, not on the operator page, not in the figures
    expect((await request.get(`/api/v1/reports/${id}`)).status()).toBe(404);
    const before = await (await request.get("/api/v1/operators/beeline/stats")).json();
    await page.goto("/operators/beeline");
    await expect(page.getByText(story)).toHaveCount(0);
    await page.goto(`/reports/${id}`);
    await expect(page.getByText("正在等待审核")).toBeVisible();
    await expect(page.getByText(story)).toHaveCount(0);

    // the moderator approves it in the browser
    const modPage = await signInAsModerator(browser, baseURL);
    await modPage.getByRole("link", { name: "审核" }).click();
    const item = modPage.getByTestId(`queue-${id}`);
    await expect(item).toContainText(story);
    await expect(item).toContainText("wechat");
    await screenshotAt(modPage, "moderation-zh", 1280);
    await expectNoAxeViolations(modPage);
    await item.getByLabel("备注（会记入审核记录）").fill("核实过，是真实经历");
    await item.getByRole("button", { name: "通过并发布" }).click();
    // the queue refreshes without the approved report
    await expect(item).toHaveCount(0);
    await modPage.reload();
    await expect(modPage.getByRole("table")).toContainText("核实过，是真实经历");
    await modPage.context().close();

    await page.goto("/operators/beeline");
    await expect(page.getByText(story)).toBeVisible();
    const after = await (await request.get("/api/v1/operators/beeline/stats")).json();
    expect(after.reports.published).toBe(before.reports.published + 1);
    expect(after.online.attempts).toBe(before.online.attempts + 1);
  });

  test("moderation is for moderators: 401 signed out, 403 for members, on pages and the API", async ({ page, playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    expect((await anonymous.get("/api/v1/moderation/queue")).status()).toBe(401);
    const target = await postReport(anonymous, { story: `plain report ${Date.now()}` });
    expect((await anonymous.post(`/api/v1/moderation/reports/${target.id}`, { data: { action: "reject", reason: "x" } })).status()).toBe(401);
    const response = await page.goto("/moderation");
    expect(response?.status()).toBe(401);

    const member = newAccount("nomod");
    await registerInBrowser(page, member);
    const forbidden = await page.goto("/en/moderation");
    expect(forbidden?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    const memberApi = page.context().request;
    expect((await memberApi.get("/api/v1/moderation/queue")).status()).toBe(403);
    expect((await memberApi.post(`/api/v1/moderation/reports/${target.id}`, { data: { action: "reject", reason: "x" } })).status()).toBe(403);
    expect((await anonymous.get(`/api/v1/reports/${target.id}`)).status()).toBe(200);

    const mod = await playwright.request.newContext({ baseURL });
    expect((await apiSignIn(mod, moderator.email, moderator.password)).status).toBe(302);
    expect((await mod.get("/api/v1/moderation/queue")).status()).toBe(200);
    await Promise.all([anonymous.dispose(), mod.dispose()]);
  });

  test("readers flag a report once each; the third reader's flag hides it", async ({ playwright, baseURL, page }) => {
    const author = await playwright.request.newContext({ baseURL });
    const { id } = await postReport(author, { story: `flag me ${Date.now()}` });
    for (const [address, times] of [["192.0.2.10", 3], ["192.0.2.11", 1]] as const) {
      const reader = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": address } });
      for (let i = 0; i < times; i++) {
        expect((await reader.post(`/api/v1/reports/${id}/flag`, { data: { reason: "looks like an advert" } })).status()).toBe(202);
      }
      await reader.dispose();
    }
    expect((await author.get(`/api/v1/reports/${id}`)).status()).toBe(200);
    expect((await author.post(`/api/v1/reports/${id}/flag`, { data: { reason: "" } })).status()).toBe(400);

    // the third reader uses the button on the report page
    await page.context().setExtraHTTPHeaders({ "x-forwarded-for": "192.0.2.12" });
    await page.goto(`/en/reports/${id}`);
    await page.getByText("Flag this report").click();
    await page.getByLabel("Why?").fill("contact details in the story");
    await page.getByRole("button", { name: "Send flag" }).click();
    await expect(page.getByText("A moderator will take a look")).toBeVisible();
    expect((await author.get(`/api/v1/reports/${id}`)).status()).toBe(404);
    await author.dispose();
  });

  test("a flood from one address meets 429 with Retry-After, and nothing over the limit is stored", async ({ playwright, baseURL }) => {
    const limit = Number(process.env.E2E_REPORT_LIMIT || 200);
    const address = `203.0.113.${Math.floor(Math.random() * 200) + 20}`;
    const flooder = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": address } });
    const marker = `flood-${Date.now()}`;
    const statuses: number[] = [];
    for (let batch = 0; batch < (limit + 10) / 10; batch++) {
      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, i) => flooder.post("/api/v1/reports", { data: reportPayload({ operator: "megafon", story: `${marker} ${batch}-${i}` }) })),
      );
      statuses.push(...responses.map((r) => r.status()));
      const limited = responses.find((r) => r.status() === 429);
      if (limited) expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(limit);
    expect(statuses.filter((s) => s === 429)).toHaveLength(statuses.length - limit);

    // the same story again from one address within 10 minutes is a duplicate, not a new report
    const other = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.77" } });
    const story = `${marker} twice`;
    expect((await other.post("/api/v1/reports", { data: reportPayload({ story }) })).status()).toBe(201);
    expect((await other.post("/api/v1/reports", { data: reportPayload({ story }) })).status()).toBe(409);
    await Promise.all([flooder.dispose(), other.dispose()]);
  });
});
