import { connection } from "next/server";
import { pingDatabase } from "@/db/queries/health";

export async function GET() {
  await connection();
  const database = await pingDatabase();
  return Response.json(
    { status: database.ok ? "ok" : "unavailable", database: database.ok ? "ok" : "unreachable", latencyMs: database.latencyMs },
    { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
