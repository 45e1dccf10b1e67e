"use server";

import { headers } from "next/headers";
import { updateTag } from "next/cache";
import { cacheTags } from "@/db/cache-tags";
import { currentUser } from "@/lib/auth/current-user";
import { UNAVAILABLE, unlessUnavailable } from "@/lib/forms";
import { clientAddress } from "@/lib/http/client-address";
import { flagReportAsReader } from "./flags";
import { flagSchema } from "./schema";
import { decideReport } from "./service";

export type SmallActionState = { ok?: boolean; error?: string; submissions: number };

export async function flagReportAction(previous: SmallActionState, form: FormData): Promise<SmallActionState> {
  const done = (patch: Omit<SmallActionState, "submissions">) => ({ ...patch, submissions: previous.submissions + 1 });
  const parsed = flagSchema.safeParse({ reason: form.get("reason") });
  if (!parsed.success) return done({ error: parsed.error.issues[0].message });
  const reportId = String(form.get("reportId") ?? "");
  const address = clientAddress(await headers());
  const result = await unlessUnavailable(
    async () => flagReportAsReader({ reportId, userId: (await currentUser())?.id ?? null, address, reason: parsed.data.reason }),
    () => null,
  );
  if (!result) return done({ error: UNAVAILABLE });
  if (result.kind === "not_found") return done({ error: "not_found" });
  if (result.kind === "rate_limited") return done({ error: "flag_rate_limited" });
  // no updateTag here: the reader keeps the page they flagged (with its thank-you); readers
  // after them get the report's new state from the database's invalidation log
  return done({ ok: true });
}

/** Approve or reject from /moderation; the server checks the role, never the UI. */
export async function decideReportAction(previous: SmallActionState, form: FormData): Promise<SmallActionState> {
  const done = (patch: Omit<SmallActionState, "submissions">) => ({ ...patch, submissions: previous.submissions + 1 });
  const id = String(form.get("reportId") ?? "");
  const result = await decideReport({ user: await currentUser(), id, payload: { action: form.get("action"), reason: form.get("reason") ?? "" } });
  if (result.kind === "denied") return done({ error: result.status === 401 ? "signed_out" : "forbidden" });
  if (result.kind === "invalid") return done({ error: Object.values(result.fields)[0] });
  if (result.kind === "not_found") return done({ error: "not_found" });
  // the report's page, its operator's figures and every list move with it
  updateTag(cacheTags.report(id));
  updateTag(cacheTags.reports);
  return done({ ok: true });
}
