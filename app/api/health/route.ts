import { pingDatabase } from "@/db/queries/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await pingDatabase();
  return Response.json(
    { status: database.ok ? "ok" : "unavailable", database: database.ok ? "ok" : "unreachable", latencyMs: database.latencyMs },
    { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
