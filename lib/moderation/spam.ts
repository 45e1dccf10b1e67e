/**
 * Contact-spam detection for user-submitted text (experience reports, guide edits).
 *
 * The site's spam is almost always an advert for a "closing service" that wants the reader to
 * move to a private channel: a Telegram handle, a WeChat/QQ id, a WhatsApp number, a link, a phone
 * number or an email address. Anything like that is *held* for a moderator; nothing is rejected
 * here. So the rules below lean conservative: a false positive costs a moderator a click, but
 * ordinary stories ("I went to mts.ru", "my bank and WeChat are linked to this number", prices,
 * dates, day counts) must pass untouched.
 *
 * Pure logic: no I/O, no server-only imports, safe to run in the browser or in a worker.
 */

export type SpamReason = "telegram" | "wechat" | "qq" | "whatsapp" | "url" | "phone" | "email";
export type SpamVerdict = { held: boolean; reasons: SpamReason[]; matches: string[] };

/** Reasons are always reported in this order, whatever order the rules fire in. */
const REASON_ORDER: readonly SpamReason[] = ["telegram", "wechat", "qq", "whatsapp", "url", "phone", "email"];
const MAX_MATCHES = 10;

// ---------------------------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------------------------

/** Invisible characters spammers slip between letters ("t\u200b.me"): zero-width space/joiners,
 * bidi marks and isolates, word joiner, BOM, soft hyphen, fillers, variation selectors. */
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;

/** Cyrillic and Greek letters that look like Latin ones, as spammers use them ("t.mе" with a Cyrillic е). */
const CONFUSABLES: Record<string, string> = {
  а: "a", в: "b", е: "e", ё: "e", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t", у: "y", х: "x",
  і: "i", ј: "j", ѕ: "s", ԁ: "d", ԛ: "q", ԝ: "w", ү: "y", һ: "h", ӏ: "l",
  А: "A", В: "B", Е: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", У: "Y", Х: "X", І: "I", Ј: "J", Ѕ: "S",
  α: "a", ε: "e", ι: "i", κ: "k", ν: "v", ο: "o", ρ: "p", τ: "t", υ: "u", χ: "x", Α: "A", Β: "B", Ε: "E", Ζ: "Z",
  Η: "H", Ι: "I", Κ: "K", Μ: "M", Ν: "N", Ο: "O", Ρ: "P", Τ: "T", Υ: "Y", Χ: "X",
};
const CONFUSABLE = new RegExp(`[${Object.keys(CONFUSABLES).join("")}]`, "gu");
const TOKEN = /[\p{L}\p{N}._@\/:\-]+/gu;

/**
 * Look-alike letters are folded only inside words that are already part Latin, or that are
 * shaped like a link or a handle (".", "@", "/"): Russian prose itself stays as it is, so the
 * Cyrillic rules (тг, телеграм) keep working. One letter becomes one letter: lengths stay.
 */
function foldConfusables(text: string): string {
  return text.replace(TOKEN, (token) => {
    const latin = /[A-Za-z]/.test(token);
    const linkLike = /[.@/]/.test(token) && !/[\p{L}]/u.test(token.replace(CONFUSABLE, "").replace(/[A-Za-z]/g, ""));
    return latin || linkLike ? token.replace(CONFUSABLE, (c) => CONFUSABLES[c] ?? c) : token;
  });
}

/** NFKC folds full-width and other compatibility forms ("ｔ.ｍｅ", "＠", "１３８") into ASCII. */
function normalise(text: string): string {
  return foldConfusables(text.normalize("NFKC").replace(INVISIBLE, ""));
}

// ---------------------------------------------------------------------------------------------
// Building blocks (regex source strings; every rule is compiled with the "giu" flags)
// ---------------------------------------------------------------------------------------------

/** An ASCII marker is a token only when no ASCII letter/digit touches it ("vx" in "vxworks" is not). */
const ascii = (alternatives: string) => String.raw`(?<![A-Za-z0-9])(?:${alternatives})(?![A-Za-z])`;
/** Same for Cyrillic markers ("тг" inside "отгул" is not a token). */
const cyrillic = (alternatives: string) => String.raw`(?<![а-яё])(?:${alternatives})(?![а-яё])`;

/** Separators between digit groups of a phone number: space, tab, dot, dashes; at most two. */
const S = String.raw`[ \t.\-\u2010-\u2015]{0,2}`;

/** Russian number: +7 / 8 (or a bare 7 before a 9xx mobile code) and ten digits, 3-3-2-2. */
const RU_PHONE = String.raw`(?<![\d+])(?:\+7|8|7(?=${S}\(?9))${S}\(?\d{3}\)?${S}\d{3}${S}\d{2}${S}\d{2}(?!\d)`;
/** Chinese mobile: 1[3-9] and nine more digits (3-4-4), optionally after +86 / 0086 / 86. */
const CN_PHONE = String.raw`(?<![\d+])(?:(?:\+|00)?86${S})?1[3-9]\d${S}\d{4}${S}\d{4}(?!\d)`;
/** Any other international number: "+" and 9 to 15 digits in total. */
const INTL_PHONE = String.raw`(?<![\w+])\+\d(?:[ \t.\-()]{0,2}\d){8,14}(?!\d)`;
const PHONE_LIKE = `(?:${RU_PHONE}|${CN_PHONE}|${INTL_PHONE})`;

/** Telegram username rule: 5-32 of [A-Za-z0-9_], starting with a letter. */
const HANDLE = String.raw`@[A-Za-z][A-Za-z0-9_]{4,31}(?![A-Za-z0-9_])`;
/** An id written without "@": letter first, 5-32 chars, and at least one digit or underscore,
 * because a letters-only word after "WeChat" or "Telegram" is far more often English
 * ("Telegram account") than an id. */
const CODED_ID = String.raw`[A-Za-z](?=[A-Za-z0-9_]{0,31}[\d_])[A-Za-z0-9_]{4,31}(?![A-Za-z0-9_])`;
const ACCOUNT = `(?:${HANDLE}|${PHONE_LIKE}|${CODED_ID})`;
/** QQ accounts are numbers, 5 to 11 digits. */
const QQ_NUMBER = String.raw`\d{5,11}(?!\d)`;

/** What may sit between a marker and the account: a few non-letters (":", "：", "💪+ ", "-")
 * and optionally one connecting word ("号", "ID:", "ник", "is"). */
const BRIDGE = String.raw`[^\p{L}\p{N}\n]{0,6}(?:(?:号码|账号|号|id|ник|username|handle|is|是|为)[^\p{L}\p{N}\n]{0,4})?`;

/** "Marker: name" with a letters-only name is accepted only when the name ends the line,
 * i.e. the line reads like a signature ("Telegram: jxbest"), not a sentence. */
const LINE_END_NAME = String.raw`\s*[:=]\s*[A-Za-z][A-Za-z0-9_]{4,31}(?=[^\p{L}\p{N}\n]*$)`;

/** Contact verbs before a messenger name: 加 / 添加 / 联系 / 私聊 ("加我微信", "联系TG"). "加" is not
 * a verb inside 增加, 参加, 更加 and the like. */
const ZH_VERB = String.raw`(?<![增参附更追叠施强外])(?:添加|加|联系|私聊|私信|咨询)(?:一下|下)?(?:我|本人)?的?\s*`;
const EN_VERB = String.raw`\b(?:add|contact|message|text|dm|pm|write|ping|reach|find|hit)\s+(?:me|us)(?:\s+up)?\s+(?:on|via|in|at|through|over)\s+`;
const RU_VERB = String.raw`(?<![а-яё])(?:пиши|пишите|напиши|напишите|звони|звоните|свяжитесь|обращайтесь|стучи|стучите|добавь|добавьте|связь)(?:\s+(?:мне|нам))?\s+(?:в|во|на|через|по)\s+`;
const CONTACT_VERB = `(?:${ZH_VERB}|${EN_VERB}|${RU_VERB})`;
/** ...but not when the name is followed by the messenger's own service ("联系微信客服", "напишите в
 * телеграм-бот МТС"), which is how people describe talking to an operator. */
const NOT_A_SERVICE = String.raw`(?![\s\-]*(?:客服|支付|бот|bot|канал|channel|pay))`;
/** Contact words after a slang marker: "tg联系", "vx私聊". */
const ZH_AFTER = String.raw`\s*(?:联系|私聊|私信|咨询|详聊|找我|聊)`;

// Messenger names. "Plain" names are what ordinary users write when telling their story, so they
// count only with an account or a contact verb. "Slang" names are evasive spellings used almost
// only by advertisers, so they also count with "+" in front or a contact word after.
const TELEGRAM_PLAIN = `(?:${ascii("telegram")}|${cyrillic("телеграм+[а-яё]*|телег[аеиуо][а-яё]?")}|电报)`;
const TELEGRAM_SLANG = `(?:${ascii("tg")}|${cyrillic("тг")}|飞机号|纸飞机|小飞机)`;
const TELEGRAM_ANY = `(?:${TELEGRAM_PLAIN}|${TELEGRAM_SLANG})`;
const WECHAT_PLAIN = `(?:微信|${ascii("we ?chat|weixin")}|${cyrillic("вичат[а-яё]*")})`;
const WECHAT_SLANG = `(?:${ascii("vx|wx|v信")}|薇信|威信|徽信)`;
const WECHAT_ANY = `(?:${WECHAT_PLAIN}|${WECHAT_SLANG})`;
const QQ_ANY = `(?:${ascii("qq")}|扣扣)`;
const WHATSAPP_ANY = `(?:${ascii("whats ?app")}|${cyrillic("в[ао][тц]с?ап+[а-яё]*")})`;

// URLs
const URL_STOP = String.raw`\s<>"'()\[\]{}，。、；：！？（）【】「」《》`;
/** The rest of a URL; it never ends on sentence punctuation. */
const URL_TAIL = String.raw`[^${URL_STOP}]*[^${URL_STOP}.,;:!?]`;
const URL_PATH = String.raw`(?:[\/?#](?:${URL_TAIL})?)?`;
const LABEL = String.raw`[a-z0-9а-яё](?:[a-z0-9а-яё\-]{0,61}[a-z0-9а-яё])?`;
const DOMAIN_END = String.raw`(?![a-z0-9а-яё\-])`;
/** TLDs that appear in spam here; a bare "word.word" with any other ending is left alone. */
const SPAM_TLDS = "com|net|org|ru|cn|io|me|top|xyz|cc|info|biz|shop|site|online|su|рф";

/** Official operator and government domains (and their subdomains, any path). People cite them
 * all the time ("I went to mts.ru/personal"). www1.ru is the news site the guide quotes by name. */
const OFFICIAL_DOMAINS = [
  "mts.ru",
  "megafon.ru",
  "beeline.ru",
  "t2.ru",
  "tele2.ru",
  "yota.ru",
  "gosuslugi.ru",
  "госуслуги.рф",
  "gov.ru",
  "www1.ru",
];

function hostOf(url: string): string {
  const afterScheme = url.replace(/^[a-z]+:\/\//i, "");
  const host = afterScheme.split(/[/?#:]/, 1)[0] ?? "";
  return host.replace(/^[^@]*@/, "").toLowerCase().replace(/^www\./, "");
}

function isOfficialHost(host: string): boolean {
  return OFFICIAL_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** Whether a link target points at an official operator or government site. */
export const isOfficialLink = (url: string) => isOfficialHost(hostOf(url));

/** A link counts unless it points at an official domain. */
const notOfficial = (match: string) => !isOfficialHost(hostOf(match));

/** A bare domain counts unless it is official, or its "TLD" is Title-case: "closed it.Me too" is
 * a missing space after a full stop, not a domain. Real domains are written lower or upper case. */
function bareDomainCounts(match: string): boolean {
  const host = hostOf(match);
  const tld = host.slice(host.lastIndexOf(".") + 1);
  const written = match.slice(0, match.search(/[/?#]|$/));
  const writtenTld = written.slice(written.lastIndexOf(".") + 1);
  if (writtenTld !== writtenTld.toLowerCase() && writtenTld !== writtenTld.toUpperCase()) return false;
  return tld.length > 0 && !isOfficialHost(host);
}

/** A 15-digit IMEI quoted after the word "IMEI" is not a phone number. */
const notAfterImei = (_match: string, text: string, index: number) =>
  !/imei[\s:#№.\-]*$/i.test(text.slice(Math.max(0, index - 16), index));

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

type Rule = {
  name: string;
  reason: SpamReason;
  pattern: RegExp;
  /** Blank the matched text so later rules do not read it again (an email's domain is not a
   * URL, a URL's path is not a phone number or a Telegram handle). */
  consume?: boolean;
  /** Second look at a regex match; false means "not spam" (official domain, IMEI...). */
  accept?: (match: string, text: string, index: number) => boolean;
};

const re = (source: string, flags = "giu") => new RegExp(source, flags);

/** Rules run top to bottom (order matters only for `consume`). */
const RULES: readonly Rule[] = [
  // Email first, and consumed: its "@local" part must not read as a Telegram handle nor its
  // domain as a bare URL.
  {
    name: "email",
    reason: "email",
    consume: true,
    pattern: re(String.raw`(?<![\w.%+\-])[a-z0-9][\w.%+\-]{0,63}@(?:${LABEL}\.)+[a-zа-яё]{2,24}${DOMAIN_END}`),
  },
  // t.me / telegram.me / telegram.dog links and tg:// deep links are Telegram by definition; not
  // consumed, so the URL rules also report them as links. "t 。me" spellings included.
  {
    name: "telegram-link",
    reason: "telegram",
    pattern: re(String.raw`(?<![a-z0-9.\-])(?:(?:t|telegram)\s?[.。]\s?(?:me|dog)\/[^${URL_STOP}]*|tg:\/\/[^${URL_STOP}]+)`),
  },
  // wa.me and WhatsApp's invite/API links.
  {
    name: "whatsapp-link",
    reason: "whatsapp",
    pattern: re(String.raw`(?<![a-z0-9.\-])(?:wa\.me|(?:api|chat)\.whatsapp\.com)\/[^${URL_STOP}]*`),
  },
  // Anything with a scheme is a link (official domains excepted).
  {
    name: "url-scheme",
    reason: "url",
    consume: true,
    accept: notOfficial,
    pattern: re(String.raw`(?<![a-z])(?:https?|ftp):\/\/${URL_TAIL}`),
  },
  // "www." announces a link whatever the TLD.
  {
    name: "url-www",
    reason: "url",
    consume: true,
    accept: notOfficial,
    pattern: re(String.raw`(?<![a-z0-9.\-])www\.(?:${LABEL}\.)+[a-zа-яё]{2,24}${DOMAIN_END}${URL_PATH}`),
  },
  // Bare domains ("example.ru/abc", "mts-help.top") with a TLD common in spam. Greedy labels
  // make "mts.ru.evil.com" one host, which is then not official.
  {
    name: "url-bare-domain",
    reason: "url",
    consume: true,
    accept: bareDomainCounts,
    pattern: re(String.raw`(?<![a-z0-9а-яё@._\-])(?:${LABEL}\.)+(?:${SPAM_TLDS})${DOMAIN_END}${URL_PATH}`),
  },
  // A Telegram username anywhere ("@jx0703"). Emails were consumed above; the look-behind also
  // keeps "name@host" out, and a following ".com" means a mangled email, not a handle.
  {
    name: "telegram-handle",
    reason: "telegram",
    pattern: re(String.raw`(?<![A-Za-z0-9_.%+\-])${HANDLE}(?!\.[a-z])`),
  },
  // "TG: jx0703", "电报 @jx0703", "飞机号：jx0703", "Telegram: jxbest" (at line end).
  {
    name: "telegram-account",
    reason: "telegram",
    pattern: re(`${TELEGRAM_ANY}(?:${BRIDGE}${ACCOUNT}|${LINE_END_NAME})`, "gimu"),
  },
  // "加TG", "联系电报", "contact me on Telegram", "пишите в тг", "+tg", "tg联系".
  {
    name: "telegram-contact-phrase",
    reason: "telegram",
    pattern: re(`${CONTACT_VERB}${TELEGRAM_ANY}${NOT_A_SERVICE}|\\+\\s*${TELEGRAM_SLANG}|${TELEGRAM_SLANG}${ZH_AFTER}`),
  },
  // "微信 jx0703", "vx：simhelp88", "WeChat ID: abc_123", "微信13800138000".
  {
    name: "wechat-account",
    reason: "wechat",
    pattern: re(`${WECHAT_ANY}(?:${BRIDGE}${ACCOUNT}|${LINE_END_NAME})`, "gimu"),
  },
  // "加微信", "加我微信", "加vx", "加V", "+V", "vx联系", "add me on WeChat". A bare "微信" as a
  // topic ("我的银行和微信都绑定了这个号码") does not match.
  {
    name: "wechat-contact-phrase",
    reason: "wechat",
    pattern: re(
      `${CONTACT_VERB}(?:${WECHAT_ANY}|${ascii("v")})${NOT_A_SERVICE}|\\+\\s*(?:${WECHAT_SLANG}|${ascii("v")})|${WECHAT_SLANG}${ZH_AFTER}`,
    ),
  },
  // "QQ 123456789", "QQ号：12345678", "扣扣 12345678".
  {
    name: "qq-number",
    reason: "qq",
    pattern: re(`${QQ_ANY}${BRIDGE}${QQ_NUMBER}`),
  },
  // "QQ群" (a QQ group to join) and "加QQ".
  {
    name: "qq-group-or-phrase",
    reason: "qq",
    pattern: re(`${QQ_ANY}\\s*群|${CONTACT_VERB}${QQ_ANY}${NOT_A_SERVICE}`),
  },
  // "WhatsApp +44 7700 900123", "ватсап 8 999 123 45 67"; "I use WhatsApp" does not match.
  {
    name: "whatsapp-account",
    reason: "whatsapp",
    pattern: re(`${WHATSAPP_ANY}(?:${BRIDGE}${ACCOUNT}|${LINE_END_NAME})`, "gimu"),
  },
  // "message me on WhatsApp", "пишите в ватсап".
  {
    name: "whatsapp-contact-phrase",
    reason: "whatsapp",
    pattern: re(`${CONTACT_VERB}${WHATSAPP_ANY}${NOT_A_SERVICE}`),
  },
  // Phone numbers. Fixed digit counts with separators only between groups keep dates
  // ("2025-07-01 10:30"), prices and 8-9 digit order numbers out. The exact Russian and Chinese
  // shapes are consumed so the looser international rule cannot run on into the next number.
  { name: "phone-ru", reason: "phone", consume: true, accept: notAfterImei, pattern: re(RU_PHONE) },
  { name: "phone-cn", reason: "phone", consume: true, accept: notAfterImei, pattern: re(CN_PHONE) },
  { name: "phone-international", reason: "phone", accept: notAfterImei, pattern: re(INTL_PHONE) },
];

// ---------------------------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------------------------

type Hit = { reason: SpamReason; start: number; end: number };

/** Replace the (ordered, non-overlapping) ranges with spaces, keeping the length. */
function blank(text: string, ranges: ReadonlyArray<[number, number]>): string {
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of ranges) {
    parts.push(text.slice(from, start), " ".repeat(end - start));
    from = end;
  }
  parts.push(text.slice(from));
  return parts.join("");
}

function orderReasons(reasons: Iterable<SpamReason>): SpamReason[] {
  const present = new Set(reasons);
  return REASON_ORDER.filter((reason) => present.has(reason));
}

export function detectContactSpam(text: string): SpamVerdict {
  // Blanking keeps the length, so indices always refer to `normalised`.
  const normalised = normalise(text);
  let work = normalised;
  const hits: Hit[] = [];

  for (const rule of RULES) {
    const consumed: Array<[number, number]> = [];
    for (const match of work.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (rule.consume) consumed.push([start, end]);
      if (rule.accept && !rule.accept(match[0], work, start)) continue;
      hits.push({ reason: rule.reason, start, end });
    }
    if (consumed.length > 0) work = blank(work, consumed);
  }

  // For moderators: overlapping hits merged into one stretch ("加微信" + "微信 jx0703" ->
  // "加微信 jx0703"; "TG💪+ @jx0703" swallows "@jx0703"), each distinct stretch once, in reading
  // order. Snippets are cut from the normalised text, so full-width input shows as ASCII.
  const spans: Array<[number, number]> = [];
  for (const { start, end } of [...hits].sort((a, b) => a.start - b.start)) {
    const last = spans[spans.length - 1];
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else spans.push([start, end]);
  }
  const matches: string[] = [];
  for (const [start, end] of spans) {
    const snippet = normalised.slice(start, end).trim();
    if (snippet && !matches.includes(snippet)) matches.push(snippet);
    if (matches.length === MAX_MATCHES) break;
  }

  const reasons = orderReasons(hits.map((hit) => hit.reason));
  return { held: reasons.length > 0, reasons, matches };
}

/** Human-readable summary for the moderation queue, e.g. "contact: telegram, url" */
export function describeReasons(reasons: SpamReason[]): string {
  const ordered = orderReasons(reasons);
  return ordered.length > 0 ? `contact: ${ordered.join(", ")}` : "";
}
