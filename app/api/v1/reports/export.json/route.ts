import { connection } from "next/server";
import { EXPORT_LICENCE_URL, reportsJsonStream } from "@/lib/reports/export";

export async function GET() {
  await connection();
  return new Response(reportsJsonStream(), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      Link: `<${EXPORT_LICENCE_URL}>; rel="license"`,
      "Cache-Control": "no-store",
    },
  });
}
