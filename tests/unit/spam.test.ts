import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { describeReasons, detectContactSpam, type SpamReason } from "@/lib/moderation/spam";

// The last line of the source article: a Telegram advert with an image link.
const TELEGRAM_ADVERT =
  "[TG💪+ @jx0703 ![Image](https://github.com/user-attachments/assets/dbca1d08-cadb-493c-b0ec-ad6f7a83f270)]";

// [text, reasons that must be among the verdict's reasons]
const positives: Array<[string, SpamReason[]]> = [
  [TELEGRAM_ADVERT, ["telegram", "url"]],

  // look-alike letters: a Cyrillic "е" in t.me, a Greek "ο" in a handle
  ["Пишите: t.m\u0435/closing_helper88", ["telegram"]],
  ["closing help at https://t.m\u0435/helper", ["telegram", "url"]],
  ["Telegram @cl\u03bfsing_helper88", ["telegram"]],

  // Chinese
  ["代办俄罗斯保号卡销户，加微信 jx0703 详聊", ["wechat"]],
  ["需要代办的加我微信", ["wechat"]],
  ["销户找我，vx：simhelp88", ["wechat"]],
  ["有问题可以加vx", ["wechat"]],
  ["加V详聊，价格优惠", ["wechat"]],
  ["v信 simhelp_01，包成功", ["wechat"]],
  ["薇信：abc12345", ["wechat"]],
  ["微信号：sim_exit_2025", ["wechat"]],
  ["tg联系，秒回", ["telegram"]],
  ["加TG了解远程销户", ["telegram"]],
  ["电报 @simexit_help 24小时在线", ["telegram"]],
  ["飞机号：jx0703", ["telegram"]],
  ["远程销户QQ 123456789", ["qq"]],
  ["QQ群：87654321，欢迎加入", ["qq"]],
  ["扣扣 12345678", ["qq"]],
  ["有意者电话 138 0013 8000", ["phone"]],
  ["国内可打 +86 138-0013-8000", ["phone"]],
  ["网站 www.sim-exit-help.com 上有教程", ["url"]],
  ["详见example.ru/abc", ["url"]],
  ["全角链接 ｔ.ｍｅ/ｊｘ０７０３", ["telegram", "url"]],
  ["零宽字符 t\u200b.me/jx0703", ["telegram", "url"]],
  ["邮箱 helper@example.com 联系", ["email"]],

  // English
  ["Contact me on Telegram: @simexit_help", ["telegram"]],
  ["Telegram: @abcde", ["telegram"]],
  ["Telegram: jxbest", ["telegram"]],
  ["Need your SIM closed remotely? DM me on telegram", ["telegram"]],
  ["Fast closing, t.me/simcloser", ["telegram", "url"]],
  ["Open tg://resolve?domain=simcloser in the app", ["telegram"]],
  ["Add me on WeChat and I will explain", ["wechat"]],
  ["WhatsApp +44 7700 900123 for help", ["whatsapp", "phone"]],
  ["Message us via wa.me/447700900123", ["whatsapp", "url"]],
  ["Call +1 415 555 0132 any time", ["phone"]],
  ["Email me at closer.service@gmail.com", ["email"]],
  ["Visit https://sim-close.example.com/order", ["url"]],
  ["Log in at mts.ru.evil.com/login to close it", ["url"]],
  ["Official help: mts-ru.top", ["url"]],
  ["Cheap closing service at simclose.xyz", ["url"]],
  ["The support line is 8 (800) 555-35-35", ["phone"]],

  // Russian
  ["Пишите в телеграм @jx0703", ["telegram"]],
  ["Закрою вашу симку удалённо, телега: sim_helper", ["telegram"]],
  ["Помогу закрыть номер без визита в офис, пишите в тг", ["telegram"]],
  ["Звоните +7 (999) 123-45-67", ["phone"]],
  ["Вотсап 8 999 123 45 67", ["whatsapp", "phone"]],
  ["ватсап +79991234567", ["whatsapp", "phone"]],
  ["Номер 89991234567, звонить после 18:00", ["phone"]],
  ["Наш сайт mts-help.top, всё официально", ["url"]],
  ["Почта: help@simclose.ru", ["email"]],
  ["Подробности на сайте закрыть-сим.рф", ["url"]],
];

const negatives: string[] = [
  // Chinese
  "我在 2025-07-01 去了 MTS 营业厅，等了 14 天才销户。",
  "Beeline 的客服让我带护照，办理费 500 卢布。",
  "我的银行和微信都绑定了这个号码",
  "在 mts.ru 上提交申请后被告知去营业厅",
  "订单号 12345678，退款 300₽",
  "2025年7月1日之后号码被停用了",
  "去了 3 次营业厅才办好",
  "IMEI 356938035643809 也写进了合同",
  "坐飞机回国前在机场的 МТС 门店办的",
  "退了 ¥50 左右的余额",
  "大概 80% 的人需要去营业厅",
  "先在Gosuslugi（Госуслуги）解绑，再去销户",
  "我联系了 MegaFon 的客服，10:30 到的门店",
  "**注意**：eSIM 也要带护照",
  "用微信支付充值了 1500 卢布",
  "办卡时用的是 T2（原Tele2）的套餐",
  "联系微信客服也没用，只能去营业厅",

  // English
  "I went to mts.ru and then to the MTS office on 2025-03-15.",
  "my Telegram account is linked to this number",
  "I use WhatsApp to talk to my family.",
  "It took 30 days and cost 1 000 руб.",
  "The office opens at 10:30, bring your passport.",
  "Beeline refunded 300₽ of my balance in March 2025.",
  "Yota closed it in 2024 after 3 visits.",
  "See megafon.ru/help for the list of offices.",
  "Check www.mts.ru for opening hours.",
  "The clerk wrote my IMEI 356938035643809 on the form.",
  "Order 123456789 was refunded.",
  "I closed my T2 and Tele2 numbers on 7/1/2025.",
  "WeChat and Telegram both still send codes to this number.",
  "Gosuslugi (gosuslugi.ru) asked me to confirm with biometrics.",
  "moskva.beeline.ru has the notice for foreign nationals.",
  "Contact the operator via their app; the clerk was helpful.",
  "I paid +500 rubles extra.",
  "It happened at 8 am on 01.07.2025.",
  "I finally closed it.Me and my wife were relieved.",
  "**Tip**: an eSIM or SIM from MegaFon works the same way.",

  // Russian
  "Я закрыл номер МТС за 500 рублей, ждал 14 дней.",
  "В офисе Билайн попросили паспорт и перевод.",
  "Мой телеграм привязан к этому номеру.",
  "Сходил на mts.ru/personal, там написано про биометрию.",
  "С 01.07.2025 номер заблокировали.",
  "Госуслуги попросили подтвердить личность.",
  "Мегафон вернул 300₽ на карту.",
  "Написал в поддержку Yota, ответили через 3 дня.",
  "Телега сломалась, но номер закрыли.",
  "Номер договора 12345678.",
  "Я пользуюсь вотсапом и телеграмом.",
  "Напишите в телеграм-бот МТС, он подскажет адрес офиса.",
];

describe("detectContactSpam", () => {
  it.each(positives)("holds %j", (text, expected) => {
    const verdict = detectContactSpam(text);
    expect(verdict.held).toBe(true);
    expect(verdict.reasons).toEqual(expect.arrayContaining(expected));
    expect(verdict.matches.length).toBeGreaterThan(0);
  });

  it.each(negatives)("lets %j through", (text) => {
    expect(detectContactSpam(text)).toEqual({ held: false, reasons: [], matches: [] });
  });

  it("reports the advert's handle and link for the moderator", () => {
    const verdict = detectContactSpam(TELEGRAM_ADVERT);
    expect(verdict.reasons).toEqual(["telegram", "url"]);
    expect(verdict.matches.some((match) => match.includes("@jx0703"))).toBe(true);
    expect(verdict.matches).toContain(
      "https://github.com/user-attachments/assets/dbca1d08-cadb-493c-b0ec-ad6f7a83f270",
    );
  });

  it("keeps reasons unique and in a stable order", () => {
    const verdict = detectContactSpam(
      "email a@b.com, call +7 999 123-45-67, see evil.top, WhatsApp +447700900123, QQ 12345678, 加微信, TG @jx0703, TG @jx0704",
    );
    expect(verdict.reasons).toEqual(["telegram", "wechat", "qq", "whatsapp", "url", "phone", "email"]);
  });

  it("reports at most 10 matches", () => {
    const text = Array.from({ length: 15 }, (_, i) => `@spammer${i}`).join(" ");
    const verdict = detectContactSpam(text);
    expect(verdict.reasons).toEqual(["telegram"]);
    expect(verdict.matches).toHaveLength(10);
  });

  it("treats an @ inside an email as an email, not a Telegram handle", () => {
    expect(detectContactSpam("name@example.com").reasons).toEqual(["email"]);
  });

  it("allows official domains with a path but not look-alikes", () => {
    expect(detectContactSpam("mts.ru/personal").held).toBe(false);
    expect(detectContactSpam("https://www.gosuslugi.ru/help").held).toBe(false);
    expect(detectContactSpam("mts.ru.evil.com").reasons).toEqual(["url"]);
    expect(detectContactSpam("evilmts.ru").reasons).toEqual(["url"]);
  });

  it("flags a link to a non-official source even in guide content", () => {
    expect(detectContactSpam("([The Moscow Times](https://www.themoscowtimes.com/), 2025-07-01)").reasons).toEqual([
      "url",
    ]);
  });
});

describe("describeReasons", () => {
  it("summarises reasons for the moderation queue", () => {
    expect(describeReasons(["url", "telegram"])).toBe("contact: telegram, url");
    expect(describeReasons(["phone", "phone"])).toBe("contact: phone");
    expect(describeReasons([])).toBe("");
  });
});

describe("the real guide content", () => {
  const guideRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../db/seed/guide");
  const files = ["zh", "en"].flatMap((locale) =>
    readdirSync(path.join(guideRoot, locale))
      .filter((name) => name.endsWith(".md"))
      .map((name) => path.join(guideRoot, locale, name)),
  );

  it("has the 24 guide pages", () => {
    expect(files).toHaveLength(24);
  });

  it("holds no line of the guide", () => {
    const held: string[] = [];
    for (const file of files) {
      for (const line of readFileSync(file, "utf8").split("\n")) {
        // Lines with a link are skipped: the guide links only to official operator pages
        // (tests/unit/guide-content.test.ts checks that every outside link is a source in the
        // policy timeline), and a news site a later edit might cite is exactly what the filter
        // must hold, so it is not added to the filter's allowlist.
        if (line.includes("http")) continue;
        if (detectContactSpam(line).held) held.push(`${path.basename(file)}: ${line}`);
      }
    }
    expect(held).toEqual([]);
  });
});

describe("the corpus", () => {
  it("is large enough to mean something", () => {
    expect(positives.length).toBeGreaterThanOrEqual(40);
    expect(negatives.length).toBeGreaterThanOrEqual(40);
  });
});
