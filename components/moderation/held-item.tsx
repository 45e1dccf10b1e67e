import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/site/client-messages";
import { colon } from "@/lib/i18n/punctuation";
import { DecisionForm } from "./decision-form";

/** A report or follow-up held for review: what it is, why it was held, its text, and the moderator's decision. */
export async function HeldItem({
  kind,
  id,
  testId,
  about,
  reason,
  text,
  children,
}: {
  kind: "report" | "follow_up";
  id: string;
  testId: string;
  about: ReactNode;
  reason: string | null;
  text: string;
  /** more about the item, under its text */
  children?: ReactNode;
}) {
  const [t, locale] = await Promise.all([getTranslations("Moderation"), getLocale()]);
  return (
    <li className="rounded-lg border border-line bg-white p-4" data-testid={testId}>
      <p className="text-sm text-muted">{about}</p>
      <p className="mt-2 font-medium text-amber-900">
        {t("reason")}
        {colon(locale)}
        {reason ?? "—"}
      </p>
      <p className="mt-2 whitespace-pre-line break-words rounded bg-slate-50 p-3">{text || "—"}</p>
      {children}
      <ClientMessages paths={["Moderation", "Errors"]}>
        <DecisionForm kind={kind} id={id} />
      </ClientMessages>
    </li>
  );
}
