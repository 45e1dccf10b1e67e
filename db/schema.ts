import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  char,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import {
  BALANCE_REFUNDED,
  CHANNELS,
  CLOSURE_CHECKS,
  DOCUMENTS,
  FOLLOW_UP_KINDS,
  GUIDE_LOCALES,
  LOCATIONS,
  MODERATION_ACTIONS,
  OUTCOMES,
  POLICY_CHANGES,
  POLICY_KINDS,
  POLICY_STATUSES,
  POLICY_VOTE_CHOICES,
  REGISTERED_TO,
  REPORT_LANGUAGES,
  REPORT_STATUSES,
  ROLES,
} from "../lib/domain";

// ---------- enums (the vocabulary of DESIGN.md) ----------

export const channelEnum = pgEnum("channel", CHANNELS);
export const outcomeEnum = pgEnum("outcome", OUTCOMES);
export const locationEnum = pgEnum("location", LOCATIONS);
export const registeredToEnum = pgEnum("registered_to", REGISTERED_TO);
export const documentEnum = pgEnum("document_kind", DOCUMENTS);
export const balanceRefundedEnum = pgEnum("balance_refunded", BALANCE_REFUNDED);
export const reportLanguageEnum = pgEnum("report_language", REPORT_LANGUAGES);
export const reportStatusEnum = pgEnum("report_status", REPORT_STATUSES);
export const roleEnum = pgEnum("role", ROLES);
export const guideLocaleEnum = pgEnum("guide_locale", GUIDE_LOCALES);
export const moderationActionEnum = pgEnum("moderation_action", MODERATION_ACTIONS);
export const followUpKindEnum = pgEnum("follow_up_kind", FOLLOW_UP_KINDS);
export const closureCheckEnum = pgEnum("closure_check", CLOSURE_CHECKS);
export const policyKindEnum = pgEnum("policy_kind", POLICY_KINDS);
export const policyStatusEnum = pgEnum("policy_status", POLICY_STATUSES);
export const policyVoteChoiceEnum = pgEnum("policy_vote_choice", POLICY_VOTE_CHOICES);
export const policyChangeEnum = pgEnum("policy_change", POLICY_CHANGES);

// ---------- people ----------

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: varchar("email", { length: 254 }).notNull(),
    name: varchar("name", { length: 60 }).notNull(),
    passwordHash: text("password_hash").notNull(),
    role: roleEnum("role").notNull().default("member"),
    // bumped by a password change: every session token carries the version it was issued with
    sessionVersion: integer("session_version").notNull().default(1),
    // the session that changed the password stays signed in (its token has the previous version)
    keptSessionId: varchar("kept_session_id", { length: 64 }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // emails are stored lower-cased; the unique index is the guarantee
    uniqueIndex("users_email_key").on(t.email),
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
  ],
);

// ---------- operators ----------

export const operators = pgTable(
  "operators",
  {
    id: serial("id").primaryKey(),
    slug: varchar("slug", { length: 40 }).notNull(),
    nameRu: text("name_ru").notNull(),
    nameEn: text("name_en").notNull(),
    nameZh: text("name_zh").notNull(),
    country: char("country", { length: 2 }).notNull().default("RU"),
    website: text("website").notNull(),
    channels: channelEnum("channels").array().notNull().default(sql`'{}'`),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [
    uniqueIndex("operators_slug_key").on(t.slug),
    check("operators_slug_format", sql`${t.slug} ~ '^[a-z0-9][a-z0-9-]*$'`),
    check("operators_country_format", sql`${t.country} ~ '^[A-Z]{2}$'`),
  ],
);

// ---------- the guide: pages and immutable revisions ----------

export const guidePages = pgTable(
  "guide_pages",
  {
    id: serial("id").primaryKey(),
    slug: varchar("slug", { length: 100 }).notNull(),
    locale: guideLocaleEnum("locale").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    sortOrder: integer("sort_order").notNull().default(0),
    // set once the first revision exists; compare-and-set target for edits
    currentRevisionId: integer("current_revision_id").references((): AnyPgColumn => guideRevisions.id, {
      onDelete: "set null",
    }),
    protected: boolean("protected").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("guide_pages_slug_locale_key").on(t.slug, t.locale),
    check("guide_pages_slug_format", sql`${t.slug} ~ '^[a-z0-9][a-z0-9-]*$'`),
  ],
);

export const guideRevisions = pgTable(
  "guide_revisions",
  {
    id: serial("id").primaryKey(),
    pageId: integer("page_id")
      .notNull()
      .references(() => guidePages.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    bodyMd: text("body_md").notNull(),
    summary: varchar("summary", { length: 300 }).notNull().default(""),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    baseRevisionId: integer("base_revision_id").references((): AnyPgColumn => guideRevisions.id, {
      onDelete: "set null",
    }),
    // the sanitized tree, table of contents and embeds, computed once when the revision is saved
    rendered: jsonb("rendered"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("guide_revisions_page_number_key").on(t.pageId, t.number),
    check("guide_revisions_number_positive", sql`${t.number} > 0`),
    check("guide_revisions_body_size", sql`length(${t.bodyMd}) <= 100000`),
  ],
);

// ---------- experience reports ----------

export const reports = pgTable(
  "reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // insertion order: the stable key for "newest first" cursor pagination
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
    operatorId: integer("operator_id")
      .notNull()
      .references(() => operators.id, { onDelete: "restrict" }),
    channel: channelEnum("channel").notNull(),
    outcome: outcomeEnum("outcome").notNull(),
    attemptedMonth: char("attempted_month", { length: 7 }).notNull(),
    daysToComplete: smallint("days_to_complete"),
    location: locationEnum("location").notNull(),
    registeredTo: registeredToEnum("registered_to"),
    documents: documentEnum("documents").array().notNull().default(sql`'{}'`),
    balanceRefunded: balanceRefundedEnum("balance_refunded"),
    story: text("story").notNull().default(""),
    language: reportLanguageEnum("language").notNull(),
    displayName: varchar("display_name", { length: 60 }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    status: reportStatusEnum("status").notNull().default("published"),
    moderationReason: text("moderation_reason"),
    idempotencyKey: varchar("idempotency_key", { length: 100 }).notNull(),
    // salted hash of the sender's address: rate limits and duplicate checks, never exported
    sourceHash: varchar("source_hash", { length: 64 }),
    isDemo: boolean("is_demo").notNull().default(false),
    // sha-256 (hex) of the author's private follow-up token; the token itself is never stored
    followUpTokenHash: char("follow_up_token_hash", { length: 64 }),
    // What the author's published follow-ups say, kept by the follow_ups trigger (see the
    // follow-up rollup migration) so the report rollups can count it in the same transaction.
    followedUp: boolean("followed_up").notNull().default(false),
    closureVerdict: varchar("closure_verdict", { length: 9 }),
    refundConfirmed: boolean("refund_confirmed").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("reports_idempotency_key_key").on(t.idempotencyKey),
    uniqueIndex("reports_follow_up_token_hash_key").on(t.followUpTokenHash),
    index("reports_user_seq_idx").on(t.userId, t.seq),
    check("reports_closure_verdict_values", sql`${t.closureVerdict} IN ('confirmed', 'refuted')`),
    check("reports_follow_up_token_hash_format", sql`${t.followUpTokenHash} ~ '^[0-9a-f]{64}$'`),
    uniqueIndex("reports_seq_key").on(t.seq),
    index("reports_status_seq_idx").on(t.status, t.seq),
    index("reports_operator_status_seq_idx").on(t.operatorId, t.status, t.seq),
    index("reports_source_created_idx").on(t.sourceHash, t.createdAt),
    index("reports_demo_idx").on(t.isDemo).where(sql`${t.isDemo}`),
    check("reports_attempted_month_format", sql`${t.attemptedMonth} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check("reports_days_range", sql`${t.daysToComplete} IS NULL OR ${t.daysToComplete} BETWEEN 0 AND 365`),
    check("reports_story_length", sql`char_length(${t.story}) <= 5000`),
  ],
);

export const reportFlags = pgTable(
  "report_flags",
  {
    id: serial("id").primaryKey(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    // the account id, or a salted hash of the address for anonymous readers
    readerKey: varchar("reader_key", { length: 80 }).notNull(),
    // the address too, always: two accounts from one address are one reader
    addressHash: varchar("address_hash", { length: 80 }),
    reason: varchar("reason", { length: 500 }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("report_flags_report_reader_key").on(t.reportId, t.readerKey),
    uniqueIndex("report_flags_report_address_key").on(t.reportId, t.addressHash),
  ],
);

// ---------- the policy timeline: dated facts, their immutable history, readers' votes ----------

// The current state of each dated rule; the id is the slug guide pages cite
// (`::fact{id="…"}`), so it never changes once published.
export const policyEvents = pgTable(
  "policy_events",
  {
    id: varchar("id", { length: 60 }).primaryKey(),
    // the date the rule takes effect (for an operator's undated page: the date it was read)
    date: date("date", { mode: "string" }).notNull(),
    dateEnd: date("date_end", { mode: "string" }),
    kind: policyKindEnum("kind").notNull(),
    status: policyStatusEnum("status").notNull(),
    operatorSlug: varchar("operator_slug", { length: 40 }).references(() => operators.slug, { onUpdate: "cascade", onDelete: "restrict" }),
    titleZh: text("title_zh").notNull(),
    titleEn: text("title_en").notNull(),
    summaryZh: text("summary_zh").notNull(),
    summaryEn: text("summary_en").notNull(),
    affectsZh: text("affects_zh").notNull(),
    affectsEn: text("affects_en").notNull(),
    sourceName: varchar("source_name", { length: 200 }).notNull(),
    sourceDate: date("source_date", { mode: "string" }).notNull(),
    // a full page address, never a home page; absent when the source is cited in words only
    sourceUrl: varchar("source_url", { length: 500 }),
    lastChecked: date("last_checked", { mode: "string" }).notNull(),
    checkAfter: date("check_after", { mode: "string" }),
    // the number of the current revision; readers' votes belong to the revision they saw
    revision: integer("revision").notNull().default(1),
    // the dispute latch of the current round (lib/policy/rules.ts): set and cleared with hysteresis
    disputed: boolean("disputed").notNull().default(false),
    // the check-after date the sweep last announced (lib/policy/due-sweep.ts), so it announces each once
    dueAnnounced: date("due_announced", { mode: "string" }),
    position: integer("position").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("policy_events_date_idx").on(t.date, t.position),
    check("policy_events_id_format", sql`${t.id} ~ '^[a-z0-9][a-z0-9-]{0,59}$'`),
    check("policy_events_source_url", sql`${t.sourceUrl} IS NULL OR ${t.sourceUrl} ~ '^https?://[^/]+/.'`),
    check("policy_events_date_end", sql`${t.dateEnd} IS NULL OR ${t.dateEnd} > ${t.date}`),
    check("policy_events_check_after", sql`${t.checkAfter} IS NULL OR ${t.checkAfter} > ${t.lastChecked}`),
    check("policy_events_operator_notice", sql`(${t.kind} = 'operator_notice') = (${t.operatorSlug} IS NOT NULL)`),
    check("policy_events_revision_positive", sql`${t.revision} > 0`),
  ],
);

/** A fact as one revision saw it: every field a moderator can change. */
export type PolicySnapshot = {
  date: string;
  dateEnd: string | null;
  kind: (typeof POLICY_KINDS)[number];
  status: (typeof POLICY_STATUSES)[number];
  operator: string | null;
  title: { zh: string; en: string };
  summary: { zh: string; en: string };
  affects: { zh: string; en: string };
  source: { name: string; date: string; url: string | null };
  lastChecked: string;
  checkAfter: string | null;
};

// Immutable (an update trigger refuses changes): revision 1 is the seed import or the creation.
export const policyEventRevisions = pgTable(
  "policy_event_revisions",
  {
    id: serial("id").primaryKey(),
    eventId: varchar("event_id", { length: 60 })
      .notNull()
      .references(() => policyEvents.id, { onDelete: "cascade", onUpdate: "cascade" }),
    number: integer("number").notNull(),
    change: policyChangeEnum("change").notNull(),
    snapshot: jsonb("snapshot").$type<PolicySnapshot>().notNull(),
    reason: varchar("reason", { length: 500 }).notNull().default(""),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("policy_event_revisions_event_number_key").on(t.eventId, t.number),
    index("policy_event_revisions_created_idx").on(t.createdAt),
  ],
);

// "Still true?": one vote per reader per revision of a fact, the account and the address each
// counted once (as report_flags). A re-check opens a new revision, so a new round of votes.
export const policyVotes = pgTable(
  "policy_votes",
  {
    id: serial("id").primaryKey(),
    eventId: varchar("event_id", { length: 60 })
      .notNull()
      .references(() => policyEvents.id, { onDelete: "cascade", onUpdate: "cascade" }),
    revision: integer("revision").notNull(),
    choice: policyVoteChoiceEnum("choice").notNull(),
    note: varchar("note", { length: 300 }).notNull().default(""),
    sourceUrl: varchar("source_url", { length: 500 }),
    // the account id, or a salted hash of the address for signed-out readers
    readerKey: varchar("reader_key", { length: 80 }).notNull(),
    // the address too, always: two accounts from one address are one reader
    addressHash: varchar("address_hash", { length: 80 }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("policy_votes_reader_key").on(t.eventId, t.revision, t.readerKey),
    uniqueIndex("policy_votes_address_key").on(t.eventId, t.revision, t.addressHash),
  ],
);

// What an author adds weeks later through the private follow-up link: once per kind, held
// for review like a report when its note carries contact details.
export const followUps = pgTable(
  "follow_ups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    kind: followUpKindEnum("kind").notNull(),
    // confirmed_closed only: how the author checked
    method: closureCheckEnum("method"),
    // balance_refunded only, in roubles, when the author gives it
    refundAmount: integer("refund_amount"),
    note: text("note").notNull().default(""),
    status: reportStatusEnum("status").notNull().default("published"),
    moderationReason: text("moderation_reason"),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    sourceHash: varchar("source_hash", { length: 64 }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("follow_ups_report_kind_key").on(t.reportId, t.kind),
    uniqueIndex("follow_ups_seq_key").on(t.seq),
    index("follow_ups_status_seq_idx").on(t.status, t.seq),
    check("follow_ups_method_only_for_closure", sql`(${t.kind} = 'confirmed_closed') = (${t.method} IS NOT NULL)`),
    check(
      "follow_ups_amount_only_for_refund",
      sql`${t.refundAmount} IS NULL OR (${t.kind} = 'balance_refunded' AND ${t.refundAmount} BETWEEN 0 AND 1000000)`,
    ),
    check("follow_ups_note_length", sql`char_length(${t.note}) <= 1000`),
  ],
);

// ---------- statistics rollups, maintained by triggers (see the custom migration) ----------

export const reportCounts = pgTable(
  "report_counts",
  {
    operatorId: integer("operator_id")
      .notNull()
      .references(() => operators.id, { onDelete: "cascade" }),
    status: reportStatusEnum("status").notNull(),
    channel: channelEnum("channel").notNull(),
    outcome: outcomeEnum("outcome").notNull(),
    location: locationEnum("location").notNull(),
    attemptedMonth: char("attempted_month", { length: 7 }).notNull(),
    n: bigint("n", { mode: "number" }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.operatorId, t.status, t.channel, t.outcome, t.location, t.attemptedMonth] }),
  ],
);

// online attempts (success or failure) with a known duration: what the median needs
export const reportDays = pgTable(
  "report_days",
  {
    operatorId: integer("operator_id")
      .notNull()
      .references(() => operators.id, { onDelete: "cascade" }),
    status: reportStatusEnum("status").notNull(),
    days: smallint("days").notNull(),
    n: bigint("n", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.operatorId, t.status, t.days] })],
);

export const reportDocuments = pgTable(
  "report_documents",
  {
    operatorId: integer("operator_id")
      .notNull()
      .references(() => operators.id, { onDelete: "cascade" }),
    status: reportStatusEnum("status").notNull(),
    document: documentEnum("document").notNull(),
    n: bigint("n", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.operatorId, t.status, t.document] })],
);

// every report counted by whose name the SIM is in (an unanswered question counts as unknown)
export const reportRegisteredCounts = pgTable(
  "report_registered_counts",
  {
    operatorId: integer("operator_id")
      .notNull()
      .references(() => operators.id, { onDelete: "cascade" }),
    status: reportStatusEnum("status").notNull(),
    registeredTo: registeredToEnum("registered_to").notNull(),
    outcome: outcomeEnum("outcome").notNull(),
    n: bigint("n", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ name: "report_registered_counts_pk", columns: [t.operatorId, t.status, t.registeredTo, t.outcome] })],
);

// Reports that claimed success, by what their follow-ups say (lib/stats/summary.ts defines
// the figures): followable = the author has a way back (a link or an account);
// closure = none | confirmed | refuted; refund = not_due | due | refunded.
export const reportFollowUpCounts = pgTable(
  "report_follow_up_counts",
  {
    operatorId: integer("operator_id")
      .notNull()
      .references(() => operators.id, { onDelete: "cascade" }),
    status: reportStatusEnum("status").notNull(),
    attemptedMonth: char("attempted_month", { length: 7 }).notNull(),
    followable: boolean("followable").notNull(),
    followedUp: boolean("followed_up").notNull(),
    closure: varchar("closure", { length: 9 }).notNull(),
    refund: varchar("refund", { length: 8 }).notNull(),
    n: bigint("n", { mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({
      name: "report_follow_up_counts_pk",
      columns: [t.operatorId, t.status, t.attemptedMonth, t.followable, t.followedUp, t.closure, t.refund],
    }),
  ],
);

// bumped by the same triggers: a cheap "has anything changed?" for cached figures
export const reportRollupVersions = pgTable("report_rollup_versions", {
  operatorId: integer("operator_id")
    .primaryKey()
    .references(() => operators.id, { onDelete: "cascade" }),
  version: bigint("version", { mode: "number" }).notNull().default(0),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

// ---------- trust and abuse ----------

export const moderationLog = pgTable(
  "moderation_log",
  {
    id: serial("id").primaryKey(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: moderationActionEnum("action").notNull(),
    targetType: varchar("target_type", { length: 20 }).notNull(),
    targetId: varchar("target_id", { length: 100 }).notNull(),
    reason: text("reason").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("moderation_log_created_idx").on(t.createdAt)],
);

// one row per counted event; limits count rows inside a sliding window, so any number
// of app instances sharing the database see the same limits
export const rateLimitEvents = pgTable(
  "rate_limit_events",
  {
    id: serial("id").primaryKey(),
    bucket: varchar("bucket", { length: 40 }).notNull(),
    subject: varchar("subject", { length: 200 }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("rate_limit_events_lookup_idx").on(t.bucket, t.subject, t.createdAt)],
);

// signed-out session tokens, refused until they would have expired anyway
export const revokedSessions = pgTable(
  "revoked_sessions",
  {
    tokenId: varchar("token_id", { length: 64 }).primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("revoked_sessions_expires_idx").on(t.expiresAt)],
);

// ---------- cache invalidation log ----------

// PostgreSQL's 64-bit transaction id: readers use it to know which writes may still commit
const xid8 = customType<{ data: string }>({ dataType: () => "xid8" });

// Triggers append the cache tags every write touches (see the custom migration); each app
// instance reads what is new before it serves from its cache, so no instance stays stale.
// Rows are read by writing transaction (xid), not by seq: a later seq can commit first.
export const cacheInvalidations = pgTable(
  "cache_invalidations",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    tag: varchar("tag", { length: 256 }).notNull(),
    xid: xid8("xid").notNull().default(sql`pg_current_xact_id()`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("cache_invalidations_xid_idx").on(t.xid), index("cache_invalidations_created_idx").on(t.createdAt)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Operator = typeof operators.$inferSelect;
export type NewOperator = typeof operators.$inferInsert;
export type GuidePage = typeof guidePages.$inferSelect;
export type GuideRevision = typeof guideRevisions.$inferSelect;
export type Report = typeof reports.$inferSelect;
export type NewReport = typeof reports.$inferInsert;
export type ModerationLogEntry = typeof moderationLog.$inferSelect;
export type FollowUp = typeof followUps.$inferSelect;
export type NewFollowUp = typeof followUps.$inferInsert;
export type PolicyEvent = typeof policyEvents.$inferSelect;
export type NewPolicyEvent = typeof policyEvents.$inferInsert;
export type PolicyEventRevision = typeof policyEventRevisions.$inferSelect;
export type PolicyVote = typeof policyVotes.$inferSelect;
