import type { PolicyFact } from "@/lib/domain";

// The dated rules behind the guide: one event per rule in the project's dated facts
// (policy-facts.md), checked on 2026-11-26. The guide cites them with
// `::fact{id="…"}` (a fact box) and `:fact{id="…"}` (an inline citation), so an id, once
// published, must never change.
//
// Conventions:
// - `date` is the date the rule takes effect; for operator pages that carry no date, the date
//   they were read ("as of").
// - `kind`: "law" for a federal law, "decree" for a government decree, "operator_notice" for an
//   operator's own page, "bill" for a draft law, and "statement" for a measure reported by a
//   ministry or the press whose legal instrument the facts do not name.
// - `source` names the publication(s) and the date exactly as the facts report them; `url` only
//   where the facts give a full page address, never a home page.

export type SeedPolicyEvent = PolicyFact;

const LAST_CHECKED = "2026-11-26";

export const seedPolicyEvents: SeedPolicyEvent[] = [
  {
    id: "sim-card-limit",
    date: "2024-08-08",
    kind: "law",
    status: "in_force",
    title: {
      zh: "SIM卡数量上限：外国公民每人最多10张",
      en: "SIM card limit: at most 10 per foreign citizen",
    },
    summary: {
      zh: "2024-08-08签署的《通信法》修正案规定：每名俄罗斯公民最多持有20张SIM卡，每名外国公民最多10张，企业号码也计算在内。",
      en: "Amendments to the Federal Law “On Communications”, signed on 2024-08-08, allow at most 20 SIM cards per Russian citizen and at most 10 per foreign citizen, corporate numbers included.",
    },
    affects: {
      zh: "名下有多个俄罗斯号码的人，尤其是外国公民",
      en: "Anyone with several Russian numbers, foreign citizens above all",
    },
    source: { name: "www1.ru", date: "2024-10-25" },
    lastChecked: LAST_CHECKED,
  },
  {
    id: "subscriber-data-verification",
    date: "2024-08-08",
    kind: "law",
    status: "in_force",
    title: {
      zh: "运营商须先核实用户信息再提供服务",
      en: "Operators must verify subscriber data before providing service",
    },
    summary: {
      zh: "同一修正案要求运营商在提供服务之前，通过Gosuslugi和统一生物识别系统核实用户信息。",
      en: "The same amendments require operators to verify subscriber data (through Gosuslugi and the Unified Biometric System) before providing service.",
    },
    affects: {
      zh: "所有用户，尤其是信息从未核实过的外国用户",
      en: "All subscribers, above all foreigners whose data was never verified",
    },
    source: { name: "www1.ru", date: "2024-10-25" },
    lastChecked: LAST_CHECKED,
  },
  {
    id: "sim-limit-303-fz",
    date: "2024-08-08",
    kind: "law",
    status: "in_force",
    title: {
      zh: "第303-FZ号联邦法：超出限额会停掉名下所有号码",
      en: "Federal Law No. 303-FZ: over the limit, all your numbers are suspended",
    },
    summary: {
      zh: "SIM卡数量限制出自第303-FZ号联邦法。名下号码超过10个的外国人必须解除多出的合同，否则自2025-07-01起，此人名下所有号码的服务都会被暂停。",
      en: "The SIM limit law is Federal Law No. 303-FZ. A foreigner over the limit of 10 had to end the extra contracts; otherwise service on all of that person's numbers was suspended from 2025-07-01.",
    },
    affects: {
      zh: "名下号码超过10个的外国公民",
      en: "Foreign citizens with more than 10 numbers in their name",
    },
    source: { name: "iskitim-gazeta; Ministry of Digital Development via sambadenglish", date: "2024-12-26" },
    lastChecked: LAST_CHECKED,
  },
  {
    id: "decree-59-termination",
    date: "2024-09-01",
    kind: "decree",
    status: "in_force",
    title: {
      zh: "第59号政府令：用户可随时解除合同",
      en: "Decree No. 59: the subscriber may end the contract at any time",
    },
    summary: {
      zh: "电话服务规则（2024-01-24第59号政府令，2024-09-01起施行）规定：只要已使用的服务已付清，用户可以随时解除合同。",
      en: "Under the rules for telephone services (Government decree No. 59 of 2024-01-24, in force from 2024-09-01), the subscriber may end the contract at any time, provided the services used are paid for.",
    },
    affects: {
      zh: "所有用户",
      en: "Every subscriber",
    },
    source: { name: "RBC", date: "2024-01-26" },
    lastChecked: LAST_CHECKED,
  },
  {
    id: "decree-59-non-use",
    date: "2024-09-01",
    kind: "decree",
    status: "in_force",
    title: {
      zh: "第59号政府令：长期不用视为用户解除合同",
      en: "Decree No. 59: not using the number counts as ending the contract",
    },
    summary: {
      zh: "根据同一政府令，号码在合同规定的期限内（且不少于90天）未被使用，视为用户解除合同。",
      en: "Under the same decree, not using the number for the period set in the contract, and for at least 90 days, counts as the subscriber ending the contract.",
    },
    affects: {
      zh: "不再使用号码的人，包括放着不用的保号卡",
      en: "Anyone who stops using a number, including an idle number-keeping SIM",
    },
    source: { name: "RBC", date: "2024-01-26" },
    lastChecked: LAST_CHECKED,
  },
  {
    id: "new-contracts-in-person",
    date: "2025-01-01",
    kind: "statement",
    status: "in_force",
    title: {
      zh: "外国人签新合同：只能到门店当面办理",
      en: "Foreigners sign new contracts in person only",
    },
    summary: {
      zh: "自2025-01-01起，外国公民只能在运营商门店当面签订新的移动通信合同，须有SNILS号码、已认证的Gosuslugi账户、已录入统一生物识别系统的生物特征，合同中还要写明设备的IMEI。",
      en: "From 2025-01-01 a foreign citizen can sign a new mobile contract only in person at an operator's store, with a SNILS number, a verified Gosuslugi account and biometrics registered in the Unified Biometric System; the device's IMEI is written into the contract.",
    },
    affects: {
      zh: "想办新俄罗斯号码的外国人",
      en: "Foreigners who want a new Russian number",
    },
    source: { name: "Ministry of Digital Development", date: "2024-12-26" },
    lastChecked: LAST_CHECKED,
  },
  {
    id: "gosuslugi-sim-cards",
    date: "2025-04-01",
    kind: "statement",
    status: "in_force",
    title: {
      zh: "Gosuslugi“SIM卡”服务：查看名下所有号码",
      en: "Gosuslugi “SIM cards” service: every number in your name",
    },
    summary: {
      zh: "自2025-04-01起，Gosuslugi的“SIM卡”服务会列出登记在你名下的所有号码，并可以封停多出来的号码。",
      en: "From 2025-04-01 the Gosuslugi “SIM cards” service shows every number registered in your name and lets you block extra ones.",
    },
    affects: {
      zh: "有Gosuslugi账户的人，尤其是名下号码超出限额的人",
      en: "Anyone with a Gosuslugi account, above all people over the SIM limit",
    },
    source: { name: "Ministry of Digital Development via RTVI", date: "2025-08-24" },
    lastChecked: LAST_CHECKED,
  },
  {
    id: "megafon-sim-limit-notice",
    date: "2025-04-01",
    kind: "operator_notice",
    status: "in_force",
    operator: "megafon",
    title: {
      zh: "MegaFon：超限号码在Gosuslugi解除，App内转让最长10天",
      en: "MegaFon: end extra numbers on Gosuslugi; a transfer takes up to 10 days",
    },
    summary: {
      zh: "MegaFon请名下号码超出限额的外国人转让多出的号码，或在Gosuslugi上解除这些合同。在MegaFon App里转让号码最长需要10天，且余额须为零或正数。",
      en: "MegaFon tells foreigners over the SIM limit to transfer the extra numbers or end their contracts on Gosuslugi. A transfer of the number in the MegaFon app takes up to 10 days and needs a zero or positive balance.",
    },
    affects: {
      zh: "MegaFon用户，尤其是名下号码超出限额的外国人",
      en: "MegaFon subscribers, above all foreigners over the SIM limit",
    },
    source: {
      name: "MegaFon help page on the SIM limit (as found)",
      date: "2026-11-26",
      url: "https://tatarstan.megafon.ru/help/sim_limit",
    },
    lastChecked: LAST_CHECKED,
  },
  {
    id: "identity-confirmation-deadline",
    date: "2025-07-01",
    kind: "statement",
    status: "in_force",
    title: {
      zh: "2025-07-01：未确认身份的外国用户被断开服务",
      en: "2025-07-01: foreigners who did not confirm their identity are disconnected",
    },
    summary: {
      zh: "2025年以前办卡的外国人，须在2025-07-01之前通过Gosuslugi完成生物特征身份确认。此后运营商断开未确认者的服务：连续三个月以上未使用的号码立即断开；在用的号码分阶段处理（先封锁国际和长途通话、降低网速，30天后完全终止服务）。",
      en: "Foreigners who had a SIM from before 2025 had to confirm their identity (biometrics via Gosuslugi) by 2025-07-01. From that date operators disconnect those who did not: numbers inactive for more than three months at once; active ones in stages (international and long-distance calls blocked, internet slowed, service fully ended after 30 days).",
    },
    affects: {
      zh: "2025年以前办卡、未确认身份的外国人",
      en: "Foreigners with a SIM from before 2025 who did not confirm their identity",
    },
    source: { name: "The Moscow Times; www1.ru", date: "2025-07-01" },
    lastChecked: LAST_CHECKED,
  },
  {
    id: "beeline-foreigners-notice",
    date: "2025-07-01",
    kind: "operator_notice",
    status: "in_force",
    operator: "beeline",
    title: {
      zh: "Beeline：外国用户须完成生物识别确认",
      en: "Beeline: foreign nationals need biometric confirmation",
    },
    summary: {
      zh: "Beeline只在完成生物识别确认后为外国用户提供服务：需要SNILS、已认证的Gosuslugi账户、在银行录入面部和声音生物特征，再在Gosuslugi账户中绑定该号码；还需要护照及其经公证的俄文译本（白俄罗斯公民无需译本）。",
      en: "Beeline serves foreign nationals only after biometric confirmation: SNILS, a verified Gosuslugi account, face and voice biometrics submitted at a bank, then the number linked in the Gosuslugi account; a passport with a notarized Russian translation is needed (citizens of Belarus need no translation).",
    },
    affects: {
      zh: "Beeline的外国用户",
      en: "Foreign nationals with a Beeline number",
    },
    source: {
      name: "Beeline notice for foreign nationals",
      date: "2025-07-01",
      url: "https://naberezhnye-chelny.beeline.ru/redobro/notice-en",
    },
    lastChecked: LAST_CHECKED,
  },
  {
    id: "russian-passport-reregistration-window",
    date: "2025-07-01",
    dateEnd: "2025-11-01",
    kind: "statement",
    status: "superseded",
    title: {
      zh: "已取得俄罗斯护照者免生物识别重新登记（已结束）",
      en: "Re-registration without biometrics for new Russian passport holders (ended)",
    },
    summary: {
      zh: "2025-07-01至2025-11-01期间，之后取得了俄罗斯护照的在用用户可以不做生物识别、重新登记号码。这一窗口期已经结束。",
      en: "From 2025-07-01 to 2025-11-01, active subscribers who had since received a Russian passport could re-register without biometrics. The window has closed.",
    },
    affects: {
      zh: "后来取得俄罗斯护照的原外国用户",
      en: "Former foreign subscribers who have since received a Russian passport",
    },
    source: { name: "www1.ru", date: "2025-07-01" },
    lastChecked: LAST_CHECKED,
  },
  {
    id: "cooling-period",
    date: "2025-11-10",
    kind: "statement",
    status: "in_force",
    title: {
      zh: "“冷却期”（试行）：漫游回来或闲置后短信被封最长24小时",
      en: "“Cooling period” (test mode): SMS blocked up to 24 h after roaming or idling",
    },
    summary: {
      zh: "试行中：俄罗斯SIM卡结束国际漫游、或连续72小时未使用后，移动上网和短信会被封锁最长24小时；通话和部分服务（Gosuslugi、银行）照常。通过运营商的验证码（captcha）链接，或向客服中心表明身份，即可解除。",
      en: "In test mode: mobile internet and SMS are blocked for up to 24 hours when a Russian SIM returns from international roaming or has been inactive for 72 hours; calls and some services (Gosuslugi, banks) keep working. The block is lifted through the operator's captcha link or by identifying yourself to the call centre.",
    },
    affects: {
      zh: "人在国外、靠这个号码收短信验证码的人",
      en: "People abroad who keep the number for SMS codes",
    },
    source: { name: "Kommersant; RBC", date: "2025-11-10" },
    lastChecked: LAST_CHECKED,
    checkAfter: "2027-02-26",
  },
  {
    id: "imei-device-binding",
    date: "2026-02-03",
    kind: "statement",
    status: "in_force",
    title: {
      zh: "换手机：新设备的IMEI写进合同前无服务",
      en: "New phone: no service until its IMEI is in the contract",
    },
    summary: {
      zh: "SIM卡换到另一部设备后，在该设备的IMEI加入合同之前没有服务。",
      en: "A SIM moved into another device gets no service until that device's IMEI is added to the contract.",
    },
    affects: {
      zh: "把SIM卡换到其他手机里的人",
      en: "Anyone who moves their SIM into another phone",
    },
    source: { name: "yamal-news", date: "2026-02-03" },
    lastChecked: LAST_CHECKED,
    checkAfter: "2027-02-26",
  },
  {
    id: "bill-1110676-8",
    date: "2026-02-10",
    kind: "bill",
    status: "proposed",
    title: {
      zh: "第1110676-8号法案（草案）：IMEI登记库，屏蔽境外号码来电",
      en: "Bill No. 1110676-8 (draft): IMEI registry, calls from foreign numbers blocked",
    },
    summary: {
      zh: "这是一项法案，不是法律：只通过了一读，未查到已获通过。草案拟建立全国IMEI登记库，把每张SIM卡绑定到一部设备；并拟自2026-09-01起屏蔽来自境外号码的来电，除非用户同意接听。",
      en: "A bill, not a law: it passed only its first reading and was not found to be passed. It proposes a national IMEI registry tying each SIM to one device, and blocking calls from foreign numbers from 2026-09-01 unless the subscriber consents.",
    },
    affects: {
      zh: "所有用户；如获通过，影响在国外使用俄罗斯号码的人",
      en: "All subscribers; if passed, people using a Russian number abroad",
    },
    source: { name: "Interfax; Meduza", date: "2026-02-10" },
    lastChecked: LAST_CHECKED,
    checkAfter: "2027-02-26",
  },
  {
    id: "t2-contract-termination",
    date: "2026-11-26",
    kind: "operator_notice",
    status: "in_force",
    operator: "t2",
    title: {
      zh: "T2：只在门店解除合同，代理人须持写明可领款的公证委托书",
      en: "T2: contracts end in T2 shops only; a representative's notarized power of attorney must grant receiving money",
    },
    summary: {
      zh: "T2只在自家门店解除合同：用户本人带身份证件，或代理人持经公证的委托书，委托书须授权代为处理合同事宜，并明确写明有权领取款项（未用余额）；不得有欠费。正余额退到银行账户或转到另一个T2号码；已扣的费用和赠送的余额不退。",
      en: "T2 ends a contract only in T2 shops: the subscriber with an ID document, or a representative with a notarized power of attorney that grants the power to act under the contract and, stated explicitly, to receive money (the unspent balance); no debt may remain. A positive balance goes to a bank account or another T2 number; fees already charged and bonus credit are not refunded.",
    },
    affects: {
      zh: "T2（原Tele2）用户",
      en: "T2 (formerly Tele2) subscribers",
    },
    source: {
      name: "T2 help page “Contract termination” (as found)",
      date: "2026-11-26",
      url: "https://lipetsk.tele2.ru/help/article/contract-termination",
    },
    lastChecked: LAST_CHECKED,
  },
];
