import { revalidateTag } from "next/cache";
import { connection } from "next/server";
import { reportTags } from "@/db/cache-tags";
import { decodeCursor, listPublishedReports } from "@/db/queries/reports";
import { currentUser } from "@/lib/auth/current-user";
import { CHANNELS, LOCATIONS, OUTCOMES } from "@/lib/domain";
import { clientAddress, hashAddress } from "@/lib/http/client-address";
import { apiError, enumParam, readJsonBody, SLUG } from "@/lib/http/responses";
import { followUpPath, localeOfReportLanguage } from "@/lib/follow-ups/paths";
import { apiRoute } from "@/lib/http/api-route";
import { siteUrl } from "@/lib/http/site-url";
import { englishError, englishFields } from "@/lib/i18n/messages";
import { submitReport } from "@/lib/reports/submit";

export const GET = apiRoute(async (request: Request) => {
  await connection();
  const params = new URL(request.url).searchParams;
  const channel = enumParam(params, "channel", CHANNELS);
  const outcome = enumParam(params, "outcome", OUTCOMES);
  const location = enumParam(params, "location", LOCATIONS);
  const fields: Record<string, string> = {};
  if (!channel.ok) fields.channel = channel.message;
  if (!outcome.ok) fields.outcome = outcome.message;
  if (!location.ok) fields.location = location.message;
  const limitText = params.get("limit");
  const limit = limitText === null || limitText === "" ? 20 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) fields.limit = "limit must be a whole number from 1 to 100";
  const cursorText = params.get("cursor");
  const cursor = cursorText ? decodeCursor(cursorText) : null;
  if (cursorText && cursor === null) fields.cursor = "cursor is not one this API returned";
  const operator = params.get("operator") || undefined;
  if (operator !== undefined && !SLUG.test(operator)) fields.operator = "operator must be lower-case letters, digits and hyphens";
  if (Object.keys(fields).length > 0 || !channel.ok || !outcome.ok || !location.ok) {
    return apiError(400, "invalid_parameter", "Some query parameters are invalid.", { fields });
  }
  const page = await listPublishedReports({
    filters: { operator, channel: channel.value, outcome: outcome.value, location: location.value },
    cursor,
    limit,
  });
  return Response.json(page);
});

export const POST = apiRoute(async (request: Request) => {
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  if (typeof body.value !== "object" || body.value === null || Array.isArray(body.value)) {
    return apiError(400, "invalid_body", "The body must be a JSON object.");
  }
  const user = await currentUser();
  const result = await submitReport({
    payload: body.value,
    userId: user?.id ?? null,
    sourceHash: hashAddress(clientAddress(request.headers)),
  });
  if (!result.ok) {
    if (result.code === "rate_limited") {
      return apiError(429, "rate_limited", englishError("rate_limited"), { headers: { "Retry-After": String(result.retryAfterSeconds) } });
    }
    if (result.code === "duplicate") return apiError(409, "duplicate", englishError("duplicate_story"));
    return apiError(400, "validation_failed", "Some fields are invalid.", { fields: englishFields(result.fields) });
  }
  // read-your-own-writes: the database tells every instance too, but a moment after the commit;
  // expired here at once, this client's next read already counts the report
  if (result.created) for (const tag of reportTags(result)) revalidateTag(tag, { expire: 0 });
  if (!result.created || !result.followUpToken) return Response.json({ id: result.id, status: result.status }, { status: 200 });
  // the private follow-up link, this once: only its hash is stored, so a retry cannot repeat it
  const url = siteUrl(followUpPath(localeOfReportLanguage(result.language), result.followUpToken));
  return Response.json({ id: result.id, status: result.status, followUp: { url } }, { status: 201, headers: { "Cache-Control": "no-store" } });
});
