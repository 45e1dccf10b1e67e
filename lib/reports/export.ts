import "server-only";
import { stringify } from "csv-stringify/sync";
import { streamPublishedReports, type PublicReport } from "@/db/queries/reports";

const EXPORT_LICENCE = "CC BY-SA 4.0";
export const EXPORT_LICENCE_URL = "https://creativecommons.org/licenses/by-sa/4.0/";

// Display names are left out too: the export carries no personal data at all.
const EXPORT_COLUMNS = [
  "id",
  "operator",
  "channel",
  "outcome",
  "attemptedMonth",
  "daysToComplete",
  "location",
  "registeredTo",
  "documents",
  "balanceRefunded",
  "story",
  "language",
  "demo",
  "createdAt",
] as const;

export type ExportedReport = Pick<PublicReport, (typeof EXPORT_COLUMNS)[number]>;

function exportRecord(report: PublicReport): ExportedReport {
  return Object.fromEntries(EXPORT_COLUMNS.map((column) => [column, report[column]])) as ExportedReport;
}

const encoder = new TextEncoder();

/**
 * A cell a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage
 * return) gets a leading apostrophe, as OWASP's CSV-injection guidance advises; the text is
 * otherwise unchanged.
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function streamFrom(chunks: () => AsyncGenerator<string>) {
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        for await (const chunk of chunks()) controller.enqueue(encoder.encode(chunk));
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
}

/** RFC 4180 CSV, UTF-8 with a BOM so spreadsheet programs read Chinese correctly. */
export function reportsCsvStream() {
  return streamFrom(async function* () {
    yield "\uFEFF" + stringify([EXPORT_COLUMNS as unknown as string[]], { record_delimiter: "\r\n" });
    let batch: ExportedReport[] = [];
    const flush = () => {
      const text = stringify(
        batch.map((r) => ({ ...r, documents: r.documents.join(";"), demo: r.demo ? "true" : "false" })),
        { columns: [...EXPORT_COLUMNS], record_delimiter: "\r\n", cast: { boolean: (v) => String(v), string: neutralizeFormula } },
      );
      batch = [];
      return text;
    };
    for await (const report of streamPublishedReports()) {
      batch.push(exportRecord(report));
      if (batch.length >= 500) yield flush();
    }
    if (batch.length) yield flush();
  });
}

/** {licence, generatedAt, reports: [...]} streamed without holding every row in memory. */
export function reportsJsonStream() {
  return streamFrom(async function* () {
    yield `{"licence":${JSON.stringify(EXPORT_LICENCE)},"licenceUrl":${JSON.stringify(EXPORT_LICENCE_URL)},"generatedAt":${JSON.stringify(new Date().toISOString())},"reports":[`;
    let first = true;
    for await (const report of streamPublishedReports()) {
      yield (first ? "" : ",") + JSON.stringify(exportRecord(report));
      first = false;
    }
    yield "]}";
  });
}
