import { expect, test, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { expectNoAxeViolations, screenshotAt } from "./helpers";

const ARTIFACTS = "artifacts";
mkdirSync(ARTIFACTS, { recursive: true });

const CJK = /[\u4e00-\u9fff]/;

/** Prints the page as Chromium's "Save as PDF" does (print media, the page's own @page size) and reads the text back. */
async function printToText(page: Page, name: string) {
  const path = `${ARTIFACTS}/${name}.pdf`;
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path, format: "A4", preferCSSPageSize: true, printBackground: false });
  await page.emulateMedia({ media: "screen" });
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"], { encoding: "utf8" });
  const pages = text.split("\f").filter((p) => p.trim()).length;
  return { text: text.replace(/\s+/g, " "), pages };
}

/** Errors in the browser console (hydration mismatches among them) or uncaught in the page. */
function recordErrors(page: Page) {
  const errors: string[] = [];
  page.on("console", (message) => {
    // the site has no favicon yet: the browser's own request for it is not this page's error
    if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico")) errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** Every request the page makes from now on, with its body. */
function recordRequests(page: Page) {
  const requests: Array<{ url: string; body: string }> = [];
  page.on("request", (request) => requests.push({ url: request.url(), body: request.postData() ?? "" }));
  return requests;
}

const today = () => new Date().toISOString().slice(0, 10);

test.describe("paperwork: the application and the power of attorney", () => {
  test("a Chinese reader on a phone makes both documents for T2, prints them to A4, and nothing leaves the browser", async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 360, height: 800 });
    const consoleErrors = recordErrors(page);
    await page.goto("/paperwork");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("销户文件：申请书和委托书");
    const make = page.getByRole("button", { name: "生成文件" });
    await expect(make).toBeEnabled(); // hydrated: from here on the answers stay in the page
    await page.waitForLoadState("networkidle");
    const requests = recordRequests(page);

    await page.getByLabel("运营商 *").selectOption("t2");
    await expect(page.getByTestId("operator-note")).toContainText("经公证的委托书");
    await expect(page.getByLabel("合同上的运营商公司名称")).toHaveValue("ООО «Т2 Мобайл»");
    await page.getByLabel("要注销的俄罗斯手机号码 *").fill("8 912 734-50-61");

    // the Palladius suggestion fills the Cyrillic fields and stays editable
    await page.getByLabel("姓（拉丁字母，与护照一致）*").fill("OUYANG");
    await page.getByLabel("名（拉丁字母，与护照一致）*").fill("XIUYING");
    await expect(page.getByLabel("姓（俄文字母）*")).toHaveValue("Оуян");
    await expect(page.getByLabel("名（俄文字母）*")).toHaveValue("Сюин");
    await expect(page.getByTestId("suggestion-givenNames")).toContainText("巴拉第音译建议：Сюин");
    await page.getByLabel("名（俄文字母）*").fill("Сюинь");
    await expect(page.getByLabel("名（俄文字母）*")).toHaveValue("Сюинь");
    await page.getByTestId("suggestion-givenNames").getByRole("button", { name: "使用建议" }).click();
    await expect(page.getByLabel("名（俄文字母）*")).toHaveValue("Сюин");

    await page.getByLabel("护照号码 *").fill("EQ5830271");
    await page.getByLabel("签发日期 *", { exact: true }).fill("2019-04-02");
    await page.getByLabel("个人账户号（лицевой счёт，可选）").fill("592047316");

    await expect(page.getByLabel("退到俄罗斯银行账户")).toBeChecked();
    await page.getByLabel("收款人 *").fill("Оуян Сюин");
    await page.getByLabel("收款银行 *").fill("АО «Альфа-Банк»");
    await page.getByLabel("银行识别码 БИК *").fill("045O04774"); // a letter O for a zero
    await page.getByLabel("收款账号（20 位）*").fill("40817810023400031415");

    await expect(page.getByLabel("代理人（需要委托书）")).toBeChecked();
    await page.getByLabel("代理人全名（与其护照一致）*").fill("Кузнецова Дарья Олеговна");
    await page.getByLabel("代理人出生日期 *").fill("1986-03-14");
    await page.getByLabel("代理人证件号码 *").fill("4517 902731");
    await page.getByLabel("代理人证件签发日期 *").fill("2016-08-19");
    await page.getByLabel("城市（俄文，可选）").fill("Пекин");
    await page.getByLabel("日期（可选）", { exact: true }).fill(today());

    // a wrong BIC: a Chinese message, focus on the field, and what was typed is kept
    await make.click();
    await expect(page.getByRole("alert").filter({ hasText: "有 1 项需要修改" })).toBeVisible();
    await expect(page.locator("#pw-bic-error")).toHaveText("БИК 是 9 位数字。");
    await expect(page.locator("#pw-bic")).toBeFocused();
    await expect(page.locator("#pw-bic")).toHaveValue("045O04774");
    await expect(page.getByLabel("收款账号（20 位）*")).toHaveValue("40817810023400031415");
    await screenshotAt(page, "paperwork-error-zh", 360);

    await page.locator("#pw-bic").fill("045004774");
    await expect(page.locator("#pw-bic-error")).toHaveText("");
    await make.click();
    await expect(page.getByRole("heading", { name: "文件预览" })).toBeFocused();

    const application = page.getByTestId("preview-application");
    await expect(application).toContainText("Прошу расторгнуть договор об оказании услуг подвижной радиотелефонной связи");
    await expect(application).toContainText("我请求解除与我签订的移动无线电话通信服务合同");
    const poa = page.getByTestId("preview-poa");
    await expect(poa).toContainText("получать причитающиеся мне денежные средства (остаток аванса на лицевом счёте)");
    await expect(poa).toContainText("领取应归我所有的款项（个人账户上预付款的余额）");
    await expectNoAxeViolations(page);
    await screenshotAt(page, "paperwork-zh", 360);
    await screenshotAt(page, "paperwork-zh", 1280);
    await page.setViewportSize({ width: 360, height: 800 });

    // the application alone: Russian only, one A4 sheet
    await page.getByLabel("只打印申请书").check();
    const app = await printToText(page, "paperwork-application");
    expect(app.text).toContain("В ООО «Т2 Мобайл»");
    expect(app.text).toContain("Заявитель: Оуян Сюин (OUYANG XIUYING)");
    expect(app.text).toContain("ЗАЯВЛЕНИЕ");
    expect(app.text).toContain("Прошу расторгнуть договор об оказании услуг подвижной радиотелефонной связи");
    expect(app.text).toContain("+7 912 734 50 61");
    expect(app.text).toContain("Остаток денежных средств на лицевом счёте прошу перечислить");
    expect(app.text).toContain("БИК: 045004774");
    expect(app.text).toContain("счёт получателя: 40817810023400031415");
    expect(app.text).not.toContain("ДОВЕРЕННОСТЬ");
    expect(app.text).not.toMatch(CJK);
    expect(app.pages).toBe(1);

    // the power of attorney alone
    await page.getByLabel("只打印委托书").check();
    const power = await printToText(page, "paperwork-power-of-attorney");
    expect(power.text).toContain("ДОВЕРЕННОСТЬ");
    expect(power.text).toContain("Настоящей доверенностью я, Оуян Сюин (OUYANG XIUYING)");
    expect(power.text).toContain("уполномочиваю");
    expect(power.text).toContain("Представитель: Кузнецова Дарья Олеговна");
    expect(power.text).toContain("расторгнуть от моего имени указанный договор");
    expect(power.text).toContain("получать причитающиеся мне денежные средства (остаток аванса на лицевом счёте)");
    expect(power.text).toContain("Доверенность выдана сроком на один год без права передоверия.");
    expect(power.text).not.toContain("ЗАЯВЛЕНИЕ");
    expect(power.text).not.toMatch(CJK);
    expect(power.pages).toBe(1);

    // both, with the Chinese sheets: four pages, the meaning only on its own sheets
    await page.getByLabel("两份都打印").check();
    await page.getByLabel("同时打印中文对照页（单独一页，不交给运营商）").check();
    const both = await printToText(page, "paperwork-both-with-translation");
    expect(both.text).toContain("ЗАЯВЛЕНИЕ");
    expect(both.text).toContain("ДОВЕРЕННОСТЬ");
    expect(both.text).toContain("中文对照");
    expect(both.text).toContain("领取应归我所有的款项");
    expect(both.pages).toBe(4);

    // the print button opens the browser's dialog (stubbed here: headless has none)
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute("data-printed", "1");
    });
    await page.getByRole("button", { name: "打印 / 保存为 PDF" }).click();
    await expect(page.locator("body")).toHaveAttribute("data-printed", "1");

    // nothing the reader typed went anywhere
    const typed = [
      "OUYANG", "XIUYING", "Оуян", "Сюин", "EQ5830271", "592047316", "9127345061", "912 734", "734-50-61",
      "045004774", "40817810023400031415", "Кузнецова", "902731", "Альфа", "2019-04-02", "1986-03-14",
      "operator=t2", // not even the operator chosen (a prefetched link would say it)
    ];
    const leaks = requests.flatMap(({ url, body }) =>
      typed
        .filter((value) => [url, decodeURIComponent(url), body].some((text) => text.includes(value) || text.includes(encodeURIComponent(value))))
        .map((value) => `${value} in ${url}`),
    );
    expect(leaks).toEqual([]);
    expect(requests.filter((r) => r.body).map((r) => r.url)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test("the English page makes the application alone, with its English meaning", async ({ page }) => {
    const consoleErrors = recordErrors(page);
    await page.goto("/en/paperwork");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const make = page.getByRole("button", { name: "Make the documents" });
    await expect(make).toBeEnabled();

    await page.getByLabel("Operator *").selectOption("mts");
    await expect(page.getByTestId("operator-note")).toContainText("We found no official rules of MTS");
    await expect(page.getByTestId("operator-note").getByRole("link", { name: "Been through it? Share your experience" })).toHaveAttribute(
      "href",
      "/en/reports/new?operator=mts",
    );
    await page.getByLabel("The Russian mobile number to close *").fill("+7 916 000 12 34");
    await page.getByLabel("Surname in Latin letters, as in the passport *").fill("Xi");
    await page.getByLabel("Given names in Latin letters, as in the passport *").fill("Jinping");
    await expect(page.getByLabel("Surname in Cyrillic *")).toHaveValue("Си");
    await expect(page.getByLabel("Given names in Cyrillic *")).toHaveValue("Цзиньпин");
    await page.getByLabel("Passport number *").fill("E00000001");
    await page.getByLabel("Date of issue *", { exact: true }).fill("2020-01-15");
    await page.getByLabel("Move to another number of the same operator").check();
    await page.getByLabel("Number to receive the balance (same operator) *").fill("+7 916 000 12 34");
    await page.getByLabel("I do, in person").check();
    await make.click();
    await expect(page.locator("#pw-transferPhone-error")).toHaveText("This is the number being closed; give another number.");
    await expect(page.locator("#pw-transferPhone")).toBeFocused();
    await page.getByLabel("Number to receive the balance (same operator) *").fill("+7 916 000 56 78");
    await make.click();

    const application = page.getByTestId("preview-application");
    await expect(application).toContainText("Meaning in English");
    await expect(application).toContainText("В ПАО «МТС»");
    await expect(application).toContainText("Заявитель: Си Цзиньпин (XI JINPING)");
    await expect(application).toContainText("I request that the contract for mobile radiotelephone services");
    await expect(application).toContainText("прошу перевести на лицевой счёт абонентского номера +7 916 000 56 78");
    await expect(page.getByTestId("preview-poa")).toHaveCount(0);
    await expectNoAxeViolations(page);
    await screenshotAt(page, "paperwork-en", 1280);
    await screenshotAt(page, "paperwork-en", 360);

    const printed = await printToText(page, "paperwork-application-en");
    expect(printed.text).toContain("Прошу расторгнуть договор");
    expect(printed.text).not.toContain("I request");
    expect(printed.text).not.toContain("ДОВЕРЕННОСТЬ");
    expect(consoleErrors).toEqual([]);
  });

  test("operator pages and guide pages lead to the paperwork", async ({ page }) => {
    await page.goto("/operators/t2");
    await page.getByTestId("paperwork-link").click();
    await expect(page).toHaveURL(/\/paperwork$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("销户文件：申请书和委托书");

    await page.goto("/en/guide/routes-to-end-the-contract");
    await expect(page.getByTestId("paperwork-link")).toHaveAttribute("href", "/en/paperwork");
  });
});
