import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, screenshotAt } from "./helpers";

async function fillChineseForm(page: Page, story: string) {
  await page.getByLabel("运营商", { exact: true }).selectOption("megafon");
  await page.getByLabel("运营商应用（App）").check();
  await page.getByLabel("成功销户").check();
  await page.getByLabel("尝试的月份").fill("2025-06");
  await page.getByLabel("用了多少天（可选）").fill("4");
  await page.getByLabel("在国外").check();
  await page.getByLabel("我本人").check();
  await page.getByLabel("护照").check();
  await page.getByLabel("经过（可选）").fill(story);
  await page.getByLabel("显示名称（可选）").fill("小王");
}

test.describe("sharing an experience report", () => {
  test("a reader fills the form in Chinese, lands on the report and finds it on the operator page", async ({ page }) => {
    await page.goto("/reports/new");
    await expectNoAxeViolations(page);
    const story = `在应用里申请销户，第二天收到确认短信。\n第二行 ${Date.now()}`;
    await fillChineseForm(page, story);
    await expect(page.getByText(`${[...story].length}/5000`)).toBeVisible();
    await screenshotAt(page, "report-form-zh", 360);
    // a person takes more than the 3 s under which a form is held as a bot's (a fast machine fills it quicker)
    await page.waitForTimeout(3100);
    await page.getByRole("button", { name: "提交报告" }).click();

    // the thank-you with the private follow-up link, then the report itself
    await expect(page.getByTestId("report-posted")).toBeVisible();
    await page.getByRole("link", { name: /查看你的报告/ }).click();
    await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("MegaFon");
    // plain text, line breaks kept (in the report itself: the form may still be leaving the page)
    await expect(page.getByRole("article").getByText("在应用里申请销户，第二天收到确认短信。")).toBeVisible();
    await screenshotAt(page, "report-zh", 1280);

    await page.getByRole("link", { name: /查看 MegaFon 的所有报告/ }).click();
    await expect(page).toHaveURL(/\/operators\/megafon$/);
    await expect(page.getByTestId("report-list").locator("li").first()).toContainText("第二行");
  });

  test("a double click on submit stores one report", async ({ page, request }) => {
    await page.goto("/reports/new?operator=megafon");
    await expect(page.getByLabel("运营商", { exact: true })).toHaveValue("megafon");
    const story = `double click ${Date.now()}`;
    await fillChineseForm(page, story);
    // a person takes more than the 3 s under which a form is held as a bot's
    await page.waitForTimeout(3100);
    await page.getByRole("button", { name: "提交报告" }).dblclick();
    await expect(page.getByTestId("report-posted")).toBeVisible();
    await expect(page.getByTestId("follow-up-url")).toHaveValue(/\/follow-up\/[A-Za-z0-9_-]{43}$/);
    const list = await (await request.get("/api/v1/reports?operator=megafon&limit=100")).json();
    expect(list.items.filter((r: { story: string }) => r.story === story)).toHaveLength(1);
  });

  test("without JavaScript, the form still sends and the author lands on their private follow-up page", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto("/reports/new");
      const story = `无脚本提交 ${Date.now()}`;
      await fillChineseForm(page, story);
      await page.waitForTimeout(3100);
      await page.getByRole("button", { name: "提交报告" }).click();

      // the address is the private link; the page thanks the author and says to keep it
      await expect(page).toHaveURL(/\/follow-up\/[A-Za-z0-9_-]{43}\?posted=1$/);
      const posted = page.getByTestId("report-posted");
      await expect(posted).toContainText("谢谢！你的报告已提交");
      await expect(posted).toHaveAttribute("data-status", "published");
      await expect(page.getByTestId("keep-link-note")).toBeVisible();
      await screenshotAt(page, "report-posted-without-js-zh", 360);
      await page.getByRole("link", { name: /查看公开的报告/ }).click();
      await expect(page.getByRole("article").getByText(story)).toBeVisible();
    } finally {
      await context.close();
    }
  });

  test("a rejected field keeps everything the reader typed", async ({ page }) => {
    await page.goto("/en/reports/new");
    await page.getByLabel("Operator", { exact: true }).selectOption("yota");
    await page.getByLabel("Website account").check();
    // no outcome chosen; a month in the future
    await page.getByLabel("Month of the attempt").fill("2099-01");
    await page.getByLabel("In Russia").check();
    await page.getByLabel("What happened (optional)").fill("I typed a long story that must not be lost.");
    await page.getByLabel("Display name (optional)").fill("Ann");
    await page.getByRole("button", { name: "Submit report" }).click();

    await expect(page.getByRole("alert").filter({ hasText: "Some answers need a change" })).toBeVisible();
    await expect(page.locator("#outcome-error")).toHaveText("This is required.");
    await expect(page.locator("#attemptedMonth-error")).toHaveText("The month cannot be later than this month.");
    await expect(page.getByLabel("What happened (optional)")).toHaveValue("I typed a long story that must not be lost.");
    await expect(page.getByLabel("Display name (optional)")).toHaveValue("Ann");
    await expect(page.getByLabel("Operator", { exact: true })).toHaveValue("yota");
    await expect(page.getByLabel("Website account")).toBeChecked();
    await expect(page.getByLabel("Month of the attempt")).toHaveValue("2099-01");
    await expect(page).toHaveURL(/\/en\/reports\/new$/);
    await screenshotAt(page, "report-form-errors-en", 1280);
    await expectNoAxeViolations(page);
  });
});
