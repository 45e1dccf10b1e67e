import { connection } from "next/server";
import { EXPORT_LICENCE_URL, reportsCsvStream } from "@/lib/reports/export";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(async (_request: Request) => {
  await connection();
  return new Response(reportsCsvStream(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": 'attachment; filename="sim-exit-reports.csv"',
      Link: `<${EXPORT_LICENCE_URL}>; rel="license"`,
      "Cache-Control": "no-store",
    },
  });
});
