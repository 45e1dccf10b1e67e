/**
 * The cache tags of the data layer. A cached read tags its result with what it read; the
 * triggers (db/migrations/0005_cache_invalidation_triggers.sql and later) append the same names for
 * every write, so both sides must spell them alike.
 */
export const cacheTags = {
  /** any report: lists, counts, the feed */
  reports: "reports",
  /** whether demo reports exist (the notice on every page): named only by writes to demo reports */
  demoReports: "demo-reports",
  /** one operator's figures and reports (and its row) */
  operator: (slug: string) => `operator:${slug}`,
  /** one report's page */
  report: (id: string) => `report:${id}`,
  /** every report page at once (a bulk update) */
  everyReport: "report:*",
  operators: "operators",
  /** the lists of guide pages */
  guide: "guide",
  /** one guide page, its revisions and history */
  guidePage: (locale: string, slug: string) => `guide:${locale}:${slug}`,
  /** the policy timeline as a whole: /policy, its history and feed, the API */
  policy: "policy",
  /** one dated fact: every guide and operator page that cites it */
  fact: (id: string) => `fact:${id}`,
  /** public names of accounts */
  users: "users",
} as const;

/** The cached pages a change to one report touches: its own, its operator's figures and feed, the lists. */
export const reportTags = (report: { id: string; operator: string }) => [cacheTags.report(report.id), cacheTags.operator(report.operator), cacheTags.reports];
