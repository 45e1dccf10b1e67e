import { connection } from "next/server";
import { EXPORT_LICENCE_URL, reportsJsonStream } from "@/lib/reports/export";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(async (_request: Request) => {
  await connection();
  return new Response(reportsJsonStream(), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      Link: `<${EXPORT_LICENCE_URL}>; rel="license"`,
      "Cache-Control": "no-store",
    },
  });
});
