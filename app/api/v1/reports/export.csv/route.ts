import { EXPORT_LICENCE_URL, reportsCsvStream } from "@/lib/reports/export";

export const dynamic = "force-dynamic";

export function GET() {
  return new Response(reportsCsvStream(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": 'attachment; filename="sim-exit-reports.csv"',
      Link: `<${EXPORT_LICENCE_URL}>; rel="license"`,
      "Cache-Control": "no-store",
    },
  });
}
