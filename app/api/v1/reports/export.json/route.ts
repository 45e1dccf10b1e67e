import { EXPORT_LICENCE_URL, reportsJsonStream } from "@/lib/reports/export";

export const dynamic = "force-dynamic";

export function GET() {
  return new Response(reportsJsonStream(), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      Link: `<${EXPORT_LICENCE_URL}>; rel="license"`,
      "Cache-Control": "no-store",
    },
  });
}
