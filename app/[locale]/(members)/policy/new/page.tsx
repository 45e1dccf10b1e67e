import { connection } from "next/server";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { forbidden, unauthorized } from "next/navigation";
import { FactForm } from "@/components/policy/fact-form";
import { ClientMessages } from "@/components/site/client-messages";
import { listOperators } from "@/db/queries/operators";
import { Link } from "@/i18n/navigation";
import { currentUser, isModerator } from "@/lib/auth/current-user";
import { guideLocale } from "@/lib/guide/locale";
import { operatorName } from "@/lib/i18n/operator-name";
import { newFactFormValues } from "@/lib/policy/form-values";
import { utcDate } from "@/lib/policy/rules";

// a page for one moderator: rendered per request, and allowed to block until it is
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("FactForm");
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewFactPage({ params }: { params: Promise<{ locale: string }> }) {
  await connection();
  const [{ locale }, user] = await Promise.all([params, currentUser()]);
  if (!user) unauthorized();
  if (!isModerator(user)) forbidden();
  const [t, tp, operators] = await Promise.all([getTranslations("FactForm"), getTranslations("Policy"), listOperators()]);
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <header>
        <p className="text-sm">
          <Link href="/policy">{tp("backToTimeline")}</Link>
        </p>
        <h1 className="mt-2 text-2xl font-bold">{t("newTitle")}</h1>
        <p className="mt-2 text-muted">{t("intro")}</p>
      </header>
      <ClientMessages paths={["FactForm", "Policy.kind", "Policy.status"]}>
        <FactForm
          mode="create"
          locale={guideLocale(locale)}
          operators={operators.map((o) => [o.slug, operatorName(o, locale)])}
          initial={newFactFormValues(utcDate(new Date()))}
        />
      </ClientMessages>
    </div>
  );
}
