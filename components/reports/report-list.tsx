import type { PublicReport } from "@/db/queries/reports";
import { Link } from "@/i18n/navigation";
import { FlagButton } from "./flag-button";
import { flagText } from "./flag-text";
import { ReportDetails } from "./report-details";

/** Reports as cards, newest first, each with its link and a flag control. */
export async function ReportList({ reports, empty }: { reports: PublicReport[]; empty: string }) {
  if (reports.length === 0) return <p className="text-muted">{empty}</p>;
  const text = await flagText();
  return (
    <ol className="space-y-4" data-testid="report-list">
        {reports.map((report) => (
          <li key={report.id} className="rounded-lg border border-line bg-white p-4">
            <ReportDetails report={report} headingLevel={3} />
            <div className="mt-2 flex flex-wrap items-start justify-between gap-3 text-sm">
              <Link href={`/reports/${report.id}`}>#{report.id.slice(0, 8)}</Link>
              <FlagButton reportId={report.id} text={text} />
            </div>
          </li>
        ))}
      </ol>
  );
}
