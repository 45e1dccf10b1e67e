import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, screenshotAt } from "./helpers";

test.describe("reading the site", () => {
  test("a Chinese reader goes from the home page to a guide page", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("俄罗斯保号卡能在线销户吗？");
    await expect(page.getByRole("table")).toContainText("MTS");
    await screenshotAt(page, "home-zh", 1280);
    await screenshotAt(page, "home-zh", 360);
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "阅读指南" }).click();
    await expect(page).toHaveURL(/\/guide$/);
    await page.getByRole("link", { name: "第二步：解除合同的几种途径" }).first().click();
    await expect(page).toHaveURL(/\/guide\/routes-to-end-the-contract$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("第二步：解除合同的几种途径");
    // the guide index stays in the document, hidden, after a client-side navigation (React Activity)
    await expect(page.getByText(/最后更新/).filter({ visible: true })).toBeVisible();
    const toc = page.getByRole("navigation", { name: "目录" }).first();
    await expect(toc.getByRole("link").first()).toBeVisible();
    await screenshotAt(page, "guide-zh", 1280);
    await screenshotAt(page, "guide-zh", 360);
    await expectNoAxeViolations(page);
  });

  test("the language switcher opens the same page in English", async ({ page }) => {
    await page.goto("/guide/routes-to-end-the-contract");
    // its accessible name is the text it shows
    await page.getByRole("link", { name: "English", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/guide\/routes-to-end-the-contract$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/ways to end the contract/i);
    await screenshotAt(page, "guide-en", 1280);
    await screenshotAt(page, "guide-en", 360);
    await expectNoAxeViolations(page);
    await page.goto("/en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Can a Russian number-keeping SIM be closed online?");
    await screenshotAt(page, "home-en", 1280);
    await screenshotAt(page, "home-en", 360);
  });

  test("the guide embeds live figures for every operator", async ({ page }) => {
    for (const slug of ["mts", "megafon", "beeline", "t2", "yota"]) {
      await page.goto(`/guide/end-contract-${slug}`);
      await expect(page.getByTestId(`stats-card-${slug}`)).toBeVisible();
    }
  });

  test("unknown pages are real 404s in both languages", async ({ page }) => {
    for (const [path, heading] of [
      ["/guide/no-such-page", "找不到这个页面"],
      ["/en/guide/no-such-page", "Page not found"],
      ["/no/such/path", "找不到这个页面"],
      ["/operators/no-such-operator", "找不到这个页面"],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    }
    await screenshotAt(page, "not-found-zh", 360);
  });

  test("reading pages pass axe at phone width too", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    for (const path of ["/stats", "/en/stats", "/operators/mts", "/en/guide"]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
      // nothing wider than the screen: no sideways scrolling at 360 px
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
