import "server-only";
import { listFollowUpsOfReport, listReportsOfUser, type FollowUpReport, type FollowUpView } from "@/db/queries/follow-ups";
import { getOperatorBySlug, listOperators } from "@/db/queries/operators";
import { operatorName } from "@/lib/i18n/operator-name";
import { resolveFollowUpReport, type FollowUpAccess } from "./service";

/** A report as its author's pages show it: with its operator's name in the reader's language. */
export type AuthorReport = FollowUpReport & { operatorName: string };

export type FollowUpPage = { report: AuthorReport; followUps: FollowUpView[] };

/** The private follow-up page behind a link or an author's session; null for anything else (a 404). */
export async function loadFollowUpPage(access: FollowUpAccess, locale: string): Promise<FollowUpPage | null> {
  const report = await resolveFollowUpReport(access);
  if (!report) return null;
  const [operator, followUps] = await Promise.all([getOperatorBySlug({ slug: report.operator }), listFollowUpsOfReport({ reportId: report.id })]);
  return { report: { ...report, operatorName: operator ? operatorName(operator, locale) : report.operator }, followUps };
}

/** The reports a member posted while signed in, newest first (their /account list). */
export async function loadReportsOfAuthor({ userId, locale }: { userId: string; locale: string }): Promise<AuthorReport[]> {
  const [reports, operators] = await Promise.all([listReportsOfUser({ userId }), listOperators()]);
  return reports.map((report) => {
    const operator = operators.find((o) => o.slug === report.operator);
    return { ...report, operatorName: operator ? operatorName(operator, locale) : report.operator };
  });
}
