"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { currentUser } from "@/lib/auth/current-user";
import { clientAddress } from "@/lib/http/client-address";
import { flagReportAsReader } from "./flags";
import { flagSchema } from "./schema";
import { decideReport } from "./service";

export type SmallActionState = { ok?: boolean; error?: string; submissions: number };

export async function flagReportAction(previous: SmallActionState, form: FormData): Promise<SmallActionState> {
  const parsed = flagSchema.safeParse({ reason: form.get("reason") });
  if (!parsed.success) return { error: parsed.error.issues[0].message, submissions: previous.submissions + 1 };
  const user = await currentUser();
  const result = await flagReportAsReader({
    reportId: String(form.get("reportId") ?? ""),
    userId: user?.id ?? null,
    address: clientAddress(await headers()),
    reason: parsed.data.reason,
  });
  if (result.kind === "not_found") return { error: "not_found", submissions: previous.submissions + 1 };
  return { ok: true, submissions: previous.submissions + 1 };
}

/** Approve or reject from /moderation; the server checks the role, never the UI. */
export async function decideReportAction(previous: SmallActionState, form: FormData): Promise<SmallActionState> {
  const result = await decideReport({
    user: await currentUser(),
    id: String(form.get("reportId") ?? ""),
    payload: { action: form.get("action"), reason: form.get("reason") ?? "" },
  });
  if (result.kind === "denied") return { error: result.status === 401 ? "signed_out" : "forbidden", submissions: previous.submissions + 1 };
  if (result.kind === "invalid") return { error: Object.values(result.fields)[0], submissions: previous.submissions + 1 };
  if (result.kind === "not_found") return { error: "not_found", submissions: previous.submissions + 1 };
  revalidatePath("/", "layout");
  return { ok: true, submissions: previous.submissions + 1 };
}
