import { currentUser } from "@/lib/auth/current-user";
import { clientAddress } from "@/lib/http/client-address";
import { apiError, notFoundResponse, readJsonBody } from "@/lib/http/responses";
import { englishError } from "@/lib/i18n/messages";
import { flagReportAsReader } from "@/lib/moderation/flags";
import { flagSchema } from "@/lib/moderation/schema";
import { apiRoute } from "@/lib/http/api-route";

export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = flagSchema.safeParse(body.value);
  if (!parsed.success) {
    return apiError(400, "validation_failed", "Give a reason for the flag.", { fields: { reason: englishError(parsed.error.issues[0].message) } });
  }
  const user = await currentUser();
  const result = await flagReportAsReader({ reportId: id, userId: user?.id ?? null, address: clientAddress(request.headers), reason: parsed.data.reason });
  if (result.kind === "not_found") return notFoundResponse("No published report with this id.");
  if (result.kind === "rate_limited") {
    return apiError(429, "rate_limited", "Too many flags from this reader. Please try again later.", { headers: { "Retry-After": String(result.retryAfterSeconds) } });
  }
  // the same answer for a first and a repeated flag: one flag per reader either way
  return Response.json({ status: "received" }, { status: 202 });
});
