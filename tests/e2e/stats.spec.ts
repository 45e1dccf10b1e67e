import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, postReport, screenshotAt } from "./helpers";

test.describe("statistics", () => {
  test("a new report changes the operator's figure at once", async ({ page, request }) => {
    const before = await (await request.get("/api/v1/operators/yota/stats")).json();
    await page.goto("/en/operators/yota");
    const headline = page.getByTestId("headline-online").first();
    const initial = await headline.textContent();

    await postReport(request, { operator: "yota", channel: "gosuslugi", outcome: "success", location: "abroad" });
    const after = await (await request.get("/api/v1/operators/yota/stats")).json();
    expect(after.online.attempts).toBe(before.online.attempts + 1);
    expect(after.online.successes).toBe(before.online.successes + 1);

    await page.reload();
    await expect(headline).not.toHaveText(initial ?? "");
    await expect(headline).toContainText(`${after.online.successes} of ${after.online.attempts} succeeded`);
    await expect(page.getByText("Fewer than 10 reports")).toBeVisible();
    await screenshotAt(page, "operator-en", 1280);
    await screenshotAt(page, "operator-en", 360);
    await expectNoAxeViolations(page);
  });

  test("the comparison ranks operators and explains its method in both languages", async ({ page }) => {
    await page.goto("/stats");
    await expect(page.getByRole("heading", { name: "方法说明" })).toBeVisible();
    await expect(page.getByText("Wilson")).toBeVisible();
    await screenshotAt(page, "stats-zh", 1280);
    await page.goto("/en/stats");
    await expect(page.getByRole("heading", { name: "Methodology" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Rank" })).toBeVisible();
    await screenshotAt(page, "stats-en", 360);
  });
});
