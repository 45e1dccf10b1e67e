import { connection } from "next/server";
import { getPublishedReport } from "@/db/queries/reports";
import { notFoundResponse } from "@/lib/http/responses";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await connection();
  const { id } = await params;
  const report = await getPublishedReport({ id });
  if (!report) return notFoundResponse("No published report with this id.");
  return Response.json(report);
});
