import { expect, test, type Browser, type Page } from "@playwright/test";
import { isFullAddress } from "../../lib/policy/links";
import { expectNoAxeViolations, screenshotAt, signInAsModerator } from "./helpers";

const run = Date.now().toString(36);
// a date format as the pages print it (next-intl's long date, UTC)
const longDate = (iso: string, locale = "zh-CN") => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
const today = () => new Date().toISOString().slice(0, 10);

/** A reader speaking from an address of their own (the e2e server trusts one proxy hop). */
async function readerAt(browser: Browser, baseURL: string | undefined, address: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": address } });
  return context.newPage();
}

/** A moderator adds a rule through /policy/new, as a later policy change is added. */
async function addRule(page: Page, rule: { id: string; title: string; lastChecked: string; checkAfter?: string }) {
  await page.goto("/policy/new");
  await page.getByLabel("ID（网址名）").fill(rule.id);
  await page.getByLabel("类型").selectOption("statement");
  await page.getByLabel(/^日期/).fill("2025-12-01");
  await page.getByLabel("标题（中文）").fill(rule.title);
  await page.getByLabel("标题（英文）").fill(`E2E rule ${rule.id}`);
  await page.getByLabel("内容（中文）").fill(`${rule.title}：端到端测试用的规定。`);
  await page.getByLabel("内容（英文）").fill("A rule made for an end-to-end test.");
  await page.getByLabel("影响对象（中文）").fill("测试读者");
  await page.getByLabel("影响对象（英文）").fill("Test readers");
  await page.getByLabel("来源名称").fill("E2E Gazette");
  await page.getByLabel("来源日期").fill("2025-12-01");
  await page.getByLabel(/^来源网址/).fill(`https://example.org/e2e/${rule.id}`);
  await page.getByLabel("核实日期").fill(rule.lastChecked);
  if (rule.checkAfter) await page.getByLabel(/^复核日期/).fill(rule.checkAfter);
  await page.getByLabel(/^复核说明/).fill("E2E: added for a test");
  await page.getByRole("button", { name: "新增规定" }).click();
  await expect(page).toHaveURL(new RegExp(`/policy/${rule.id}\\?fact=created$`));
  await expect(page.getByRole("status")).toContainText("已新增这条规定");
}

async function dispute(page: Page, factId: string, note: string) {
  const box = page.getByTestId(`fact-${factId}`);
  await box.getByText("不，已经变了").click();
  await box.getByLabel(/^哪里变了/).fill(note);
  await box.getByRole("button", { name: "提交" }).click();
  await expect(box.getByRole("status")).toContainText("谢谢！已记下你的反馈");
}

test.describe("the policy timeline and its facts", () => {
  test("the guide renders facts in both languages, as boxes and as citations", async ({ page }) => {
    await page.goto("/guide/end-contract-t2");
    const box = page.getByTestId("fact-t2-contract-termination");
    await expect(box).toContainText("T2：只在门店解除合同");
    await expect(box).toContainText("截至2026年11月26日");
    await expect(box).toContainText(`最后核实：${longDate("2026-11-26")}`);
    await expect(box.getByRole("link", { name: /T2 help page/ })).toHaveAttribute("href", "https://lipetsk.tele2.ru/help/article/contract-termination");
    await expect(box.getByRole("button", { name: "是，仍然属实" })).toBeVisible();
    const cite = page.getByTestId("fact-cite-t2-contract-termination").first();
    await expect(cite).toContainText("（截至2026年11月26日，T2 help page");
    await expect(cite.getByRole("link")).toHaveAttribute("href", "/policy#t2-contract-termination");
    await screenshotAt(page, "guide-facts-zh", 1280);
    await screenshotAt(page, "guide-facts-zh", 360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);

    await page.goto("/en/guide/rules-for-foreigners-since-2024");
    const enCite = page.getByTestId("fact-cite-cooling-period").first();
    await expect(enCite).toContainText("[From November 10, 2025 · Kommersant; RBC]");
    await page.goto("/en/guide/end-contract-t2");
    const enBox = page.getByTestId("fact-t2-contract-termination");
    await expect(enBox).toContainText("T2: contracts end in T2 shops only");
    await expect(enBox).toContainText("Last checked: November 26, 2026");
    await expect(enBox.getByRole("button", { name: "Yes, still true" })).toBeVisible();
    await screenshotAt(page, "guide-facts-en", 360);
    await expectNoAxeViolations(page);

    // the timeline: every rule of the facts file, newest year first, each with its anchor
    await page.goto("/policy");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("政策时间线");
    for (const id of ["sim-card-limit", "decree-59-termination", "cooling-period", "bill-1110676-8", "russian-passport-reregistration-window"]) {
      await expect(page.locator(`[id="${id}"]`)).toBeVisible();
    }
    await expect(page.getByTestId("fact-bill-1110676-8")).toContainText("法案（草案）");
    await expect(page.getByTestId("fact-russian-passport-reregistration-window")).toContainText("已失效");
    // history is kept: a superseded rule takes no votes
    await expect(page.getByTestId("fact-russian-passport-reregistration-window").getByRole("button")).toHaveCount(0);
    await screenshotAt(page, "policy-zh", 1280);
    await screenshotAt(page, "policy-zh", 360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await page.goto("/en/policy");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Policy timeline");
    await expectNoAxeViolations(page);
  });

  test("operator pages open with how to end the contract, facts included", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto("/operators/t2");
    const section = page.getByTestId("operator-contract");
    await expect(section.getByRole("heading", { level: 2, name: "如何解除合同" })).toBeVisible();
    await expect(section.getByRole("heading", { name: "一眼看懂" })).toBeVisible();
    await expect(section.getByTestId("fact-t2-contract-termination")).toBeVisible();
    await expect(section.getByRole("link", { name: "编辑这一部分" })).toHaveAttribute("href", "/guide/end-contract-t2/edit");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshotAt(page, "operator-t2-zh", 360);
    await expectNoAxeViolations(page);
    await page.goto("/en/operators/mts");
    const mts = page.getByTestId("operator-contract");
    await expect(mts.getByRole("heading", { level: 2, name: "How to end the contract" })).toBeVisible();
    await expect(mts.getByRole("heading", { name: "Not known yet: tell us" })).toBeVisible();
    await expect(mts.getByRole("link", { name: "Share your experience", exact: true })).toHaveAttribute("href", "/en/reports/new?operator=mts");
    // links inside the embedded page keep an English reader in English
    await expect(mts.getByRole("link", { name: "Paperwork", exact: true })).toHaveAttribute("href", "/en/paperwork");
    await expectNoAxeViolations(page);
  });

  test("every link in the guide and the timeline is a full address, not a bare domain", async ({ page, request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const paths = ["/policy", "/en/policy"];
    for (const locale of ["zh", "en"] as const) {
      const pages: Array<{ slug: string }> = await (await request.get(`/api/v1/guide?locale=${locale}`)).json();
      for (const { slug } of pages) paths.push(`${locale === "en" ? "/en" : ""}/guide/${slug}`);
    }
    const problems: string[] = [];
    let external = 0;
    for (const path of paths) {
      await page.goto(path);
      const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs) {
        if (new URL(href).origin === origin) continue;
        external++;
        if (!isFullAddress(href)) problems.push(`${path}: ${href}`);
      }
    }
    expect(problems).toEqual([]);
    // the check saw the operators' own pages the timeline cites
    expect(external).toBeGreaterThan(0);
    // and the open data carries the same addresses
    const { events } = await (await request.get("/api/v1/policy")).json();
    for (const event of events) if (event.source.url) expect(isFullAddress(event.source.url), event.id).toBe(true);
  });

  test("a reader disputes a claim; past the rule it shows 'may be outdated'; a moderator re-checks it", async ({ browser, baseURL, request }) => {
    const id = `e2e-rule-${run}`;
    const slug = `e2e-facts-${run}`;
    const mod = await signInAsModerator(browser, baseURL);
    await addRule(mod, { id, title: `测试规定${run}`, lastChecked: "2025-12-15" });
    await mod.goto("/guide/new");
    await mod.getByLabel("网址名（slug）").fill(slug);
    await mod.getByLabel("标题").fill(`测试：引用规定 ${run}`);
    await mod.getByLabel("正文（Markdown）").fill(`## 规定\n\n这条规定:fact{id="${id}"}仍然有效吗？\n\n::fact{id="${id}"}\n`);
    await mod.getByRole("button", { name: "创建页面" }).click();
    await expect(mod).toHaveURL(new RegExp(`/guide/${slug}$`));

    // the first reader disputes, with a note and a source; a home page is refused, the note kept
    const reader = await readerAt(browser, baseURL, "192.0.2.201");
    await reader.goto(`/guide/${slug}`);
    const box = reader.getByTestId(`fact-${id}`);
    await expect(box).toContainText(`最后核实：${longDate("2025-12-15")}`);
    await expect(box).toHaveAttribute("data-outdated", "false");
    await box.getByText("不，已经变了").click();
    await box.getByLabel(/^哪里变了/).fill("运营商页面已经改了说法");
    await box.getByLabel(/^来源链接/).fill("https://example.org");
    await box.getByRole("button", { name: "提交" }).click();
    await expect(box.getByText("请填写具体页面的完整网址")).toBeVisible();
    await expect(box.getByLabel(/^哪里变了/)).toHaveValue("运营商页面已经改了说法");
    await box.getByLabel(/^来源链接/).fill("https://example.org/news/changed");
    await box.getByRole("button", { name: "提交" }).click();
    await expect(box.getByRole("status")).toContainText("谢谢！已记下你的反馈");
    await expectNoAxeViolations(reader);

    // one dispute is not enough: no badge yet, and the reader counts once
    await reader.reload();
    await expect(reader.getByTestId(`fact-${id}`)).toHaveAttribute("data-outdated", "false");
    await expect(reader.getByTestId(`fact-${id}`)).toContainText("0位读者确认属实，1位认为已变");
    const again = reader.getByTestId(`fact-${id}`);
    await again.getByText("不，已经变了").click();
    await again.getByLabel(/^哪里变了/).fill("再投一次");
    await again.getByRole("button", { name: "提交" }).click();
    await expect(again.getByRole("status")).toContainText("你已经对这一版的内容投过票了");

    // two more readers from their own addresses: 3 disputes, net 3 ≥ 2
    for (const address of ["192.0.2.202", "192.0.2.203"]) {
      const other = await readerAt(browser, baseURL, address);
      await other.goto(`/guide/${slug}`);
      await dispute(other, id, `从 ${address} 看到的变化`);
      await other.context().close();
    }
    await reader.reload();
    const outdated = reader.getByTestId(`fact-${id}`);
    await expect(outdated).toHaveAttribute("data-outdated", "true");
    await expect(outdated).toContainText("可能已过时");
    await expect(outdated.getByTestId("outdated-reasons")).toContainText("读者认为这条规定已经变了");
    await expect(reader.getByTestId(`fact-cite-${id}`)).toContainText("可能已过时");
    await screenshotAt(reader, "fact-outdated-zh", 360);
    const api = await (await request.get("/api/v1/policy")).json();
    expect(api.events.find((e: { id: string }) => e.id === id)).toMatchObject({ outdated: true, disputes: 3, confirmations: 0, lastChecked: "2025-12-15" });

    // the editors' queue shows it with the readers' notes; the moderator re-checks it
    await mod.goto("/moderation");
    const item = mod.getByTestId(`policy-queue-${id}`);
    await expect(item).toContainText("读者质疑：3票认为已变，0票确认属实");
    await expect(item).toContainText("运营商页面已经改了说法");
    await expect(item.getByRole("link", { name: "https://example.org/news/changed" })).toBeVisible();
    await expectNoAxeViolations(mod);
    await item.getByRole("link", { name: "复核" }).click();
    await expect(mod).toHaveURL(new RegExp(`/policy/${id}/edit$`));
    await expect(mod.getByLabel("核实日期")).toHaveValue(today());
    await mod.getByLabel("内容（中文）").fill(`测试规定${run}：复核后更新的内容。`);
    await mod.getByLabel(/^复核说明/).fill("按读者提供的来源更新");
    await screenshotAt(mod, "fact-recheck-zh", 1280);
    await expectNoAxeViolations(mod);
    await mod.getByRole("button", { name: "保存复核" }).click();
    await expect(mod).toHaveURL(new RegExp(`/policy/${id}\\?fact=rechecked$`));
    await expect(mod.getByRole("status")).toContainText("已保存复核");
    await expect(mod.getByTestId("revision-2")).toContainText("第 2 版 · 复核");
    await expect(mod.getByTestId("revision-2")).toContainText("按读者提供的来源更新");
    await expect(mod.getByTestId("revision-2")).toContainText("复核后更新的内容");
    await expectNoAxeViolations(mod);

    // the badge goes, "last checked" moves, and a new round of votes opens
    await reader.reload();
    const rechecked = reader.getByTestId(`fact-${id}`);
    await expect(rechecked).toHaveAttribute("data-outdated", "false");
    await expect(rechecked).not.toContainText("可能已过时");
    await expect(rechecked).toContainText(`最后核实：${longDate(today())}`);
    await expect(rechecked).toContainText("复核后更新的内容");
    await expect(reader.getByTestId(`fact-cite-${id}`)).not.toContainText("可能已过时");
    await expect(rechecked.getByRole("button", { name: "是，仍然属实" })).toBeVisible();
    await rechecked.getByRole("button", { name: "是，仍然属实" }).click();
    await expect(rechecked.getByRole("status")).toContainText("谢谢！已记下你的确认");

    // the change is open data: in the feed with its revision
    const feed = await (await request.get("/policy/feed.xml")).text();
    expect(feed).toContain(`/policy/${id}#revision-2`);
    expect(feed).toContain("Re-checked · 已复核");
    await mod.context().close();
    await reader.context().close();
  });

  test("a rule past its check-after date shows 'may be outdated'; superseded, it stays as history", async ({ browser, baseURL, request }) => {
    const id = `e2e-due-${run}`;
    const mod = await signInAsModerator(browser, baseURL);
    await addRule(mod, { id, title: `到期规定${run}`, lastChecked: "2025-12-15", checkAfter: "2026-01-15" });
    const box = mod.getByTestId(`fact-${id}`);
    await expect(box).toHaveAttribute("data-outdated", "true");
    await expect(box.getByTestId("outdated-reasons")).toContainText(`已过复核日期（${longDate("2026-01-15")}）`);
    await mod.goto("/moderation");
    await expect(mod.getByTestId(`policy-queue-${id}`)).toContainText(`已过复核日期：${longDate("2026-01-15")}`);

    await mod.goto(`/policy/${id}/edit`);
    await mod.getByLabel("理由（会记入历史）").fill("已被新规定取代");
    await mod.getByRole("button", { name: "标为失效" }).click();
    await expect(mod).toHaveURL(new RegExp(`/policy/${id}\\?fact=superseded$`));
    const retired = mod.getByTestId(`fact-${id}`);
    await expect(retired).toHaveAttribute("data-outdated", "false");
    await expect(retired).toContainText("已失效");
    await expect(retired.getByRole("button")).toHaveCount(0);
    await expect(mod.getByTestId("revision-2")).toContainText("标为失效");
    await mod.goto("/moderation");
    await expect(mod.getByTestId(`policy-queue-${id}`)).toHaveCount(0);

    const { events } = await (await request.get("/api/v1/policy")).json();
    const event = events.find((e: { id: string }) => e.id === id);
    expect(event).toMatchObject({ status: "superseded", outdated: false, source: { name: "E2E Gazette", date: "2025-12-01", url: `https://example.org/e2e/${id}` } });
    expect(event.checkAfter).toBeUndefined();
    await mod.context().close();
  });

  test("GET /api/v1/policy follows the contract, and the feed is Atom", async ({ request }) => {
    const response = await request.get("/api/v1/policy");
    expect(response.status()).toBe(200);
    const { events } = await response.json();
    expect(events.length).toBeGreaterThanOrEqual(15);
    const cooling = events.find((e: { id: string }) => e.id === "cooling-period");
    expect(cooling).toMatchObject({
      date: "2025-11-10",
      kind: "statement",
      status: "in_force",
      title: { zh: expect.stringContaining("冷却期"), en: expect.stringContaining("Cooling period") },
      summary: { zh: expect.any(String), en: expect.any(String) },
      source: { name: "Kommersant; RBC", date: "2025-11-10" },
      lastChecked: "2026-11-26",
      checkAfter: "2027-02-26",
      confirmations: expect.any(Number),
      disputes: expect.any(Number),
      outdated: expect.any(Boolean),
    });
    expect(cooling.source.url).toBeUndefined();
    for (const event of events) {
      expect(["law", "decree", "statement", "operator_notice", "bill"]).toContain(event.kind);
      expect(["in_force", "proposed", "superseded"]).toContain(event.status);
      expect(event.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(event.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const feed = await request.get("/policy/feed.xml");
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await feed.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain("/policy/cooling-period#revision-1");
  });
});
