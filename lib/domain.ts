// The domain vocabulary of DESIGN.md, free of any database code so client components (and db/) can use it.

export const ONLINE_CHANNELS = ["app", "website", "online_chat", "email", "gosuslugi"] as const;
export const OFFLINE_CHANNELS = ["phone", "store", "representative", "other"] as const;
export const CHANNELS = [...ONLINE_CHANNELS, ...OFFLINE_CHANNELS] as const;
export const OUTCOMES = ["success", "failure", "pending"] as const;
export const LOCATIONS = ["in_russia", "abroad"] as const;
export const REGISTERED_TO = ["self", "other", "unknown"] as const;
export const DOCUMENTS = ["passport", "sim_card", "contract", "power_of_attorney", "selfie_or_video", "none"] as const;
export const BALANCE_REFUNDED = ["yes", "no", "not_applicable"] as const;
export const REPORT_LANGUAGES = ["zh", "en", "ru"] as const;
export const REPORT_STATUSES = ["published", "pending", "rejected"] as const;
export const ROLES = ["member", "moderator", "admin"] as const;
/** What an author can add weeks after a report, once each (lib/follow-ups). */
export const FOLLOW_UP_KINDS = ["confirmed_closed", "still_active", "charges_continued", "balance_refunded"] as const;
/** How the author checked that the number is really closed. */
export const CLOSURE_CHECKS = ["call", "gosuslugi", "operator_letter", "other"] as const;
export const GUIDE_LOCALES = ["zh", "en"] as const;
export const MODERATION_ACTIONS = [
  "approve_report",
  "reject_report",
  "protect_page",
  "unprotect_page",
  "create_page",
  "change_role",
  "create_fact",
  "recheck_fact",
  "supersede_fact",
  "approve_follow_up",
  "reject_follow_up",
] as const;
/** The policy timeline (DESIGN.md, GET /api/v1/policy). */
export const POLICY_KINDS = ["law", "decree", "statement", "operator_notice", "bill"] as const;
export const POLICY_STATUSES = ["in_force", "proposed", "superseded"] as const;
export const POLICY_VOTE_CHOICES = ["confirm", "dispute"] as const;
/** What made a revision of a fact: the seed import, a new fact, a moderator's re-check, or its retirement. */
export const POLICY_CHANGES = ["seed", "create", "recheck", "supersede"] as const;

export type Channel = (typeof CHANNELS)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type Location = (typeof LOCATIONS)[number];
export type RegisteredTo = (typeof REGISTERED_TO)[number];
export type DocumentKind = (typeof DOCUMENTS)[number];
export type BalanceRefunded = (typeof BALANCE_REFUNDED)[number];
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export type Role = (typeof ROLES)[number];
export type GuideLocale = (typeof GUIDE_LOCALES)[number];
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
export type ClosureCheck = (typeof CLOSURE_CHECKS)[number];
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];
export type PolicyKind = (typeof POLICY_KINDS)[number];
export type PolicyStatus = (typeof POLICY_STATUSES)[number];
export type PolicyVoteChoice = (typeof POLICY_VOTE_CHOICES)[number];
export type PolicyChange = (typeof POLICY_CHANGES)[number];

/** Text in both languages of the site. */
export type Bilingual = { zh: string; en: string };

/** A dated fact as it is written out (the seed file, GET /api/v1/policy): what is not known is left out. */
export type PolicyFact = {
  id: string;
  date: string;
  dateEnd?: string;
  kind: PolicyKind;
  status: PolicyStatus;
  operator?: string;
  title: Bilingual;
  summary: Bilingual;
  affects: Bilingual;
  source: { name: string; date: string; url?: string };
  lastChecked: string;
  checkAfter?: string;
};

/**
 * What an attempted month (YYYY-MM) means as a date. A report gives only the month, so the
 * attempt counts as made on that month's last day: a window counted from it never opens early,
 * whatever day of the month it really was. Days are calendar days in UTC; dates are
 * YYYY-MM-DD strings (they sort as they compare).
 */
export function dayAfterAttempt(attemptedMonth: string, days: number): string {
  const year = Number(attemptedMonth.slice(0, 4));
  const month = Number(attemptedMonth.slice(5, 7));
  // day 0 of the next month is the last day of this one
  return new Date(Date.UTC(year, month, 0) + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

/** Follow-ups open on this day after the attempt… */
export const FOLLOW_UP_OPENS_AFTER_DAYS = 30;
/** …and close after this one. */
export const FOLLOW_UP_CLOSES_AFTER_DAYS = 365;

export const STORY_MAX = 5000;
export const DISPLAY_NAME_MAX = 60;
export const DAYS_MAX = 365;
export const FOLLOW_UP_NOTE_MAX = 1000;
/** roubles; anything above is a typo */
export const REFUND_AMOUNT_MAX = 1_000_000;
