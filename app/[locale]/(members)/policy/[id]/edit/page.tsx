import { connection } from "next/server";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { forbidden, notFound, unauthorized } from "next/navigation";
import { FactForm, SupersedeForm } from "@/components/policy/fact-form";
import { inLocale } from "@/components/policy/policy-format";
import { ClientMessages } from "@/components/site/client-messages";
import { listOperators } from "@/db/queries/operators";
import { getPolicyEvent } from "@/db/queries/policy";
import { Link } from "@/i18n/navigation";
import { currentUser, isModerator } from "@/lib/auth/current-user";
import { guideLocale } from "@/lib/guide/locale";
import { operatorName } from "@/lib/i18n/operator-name";
import { factFormValues } from "@/lib/policy/form-values";
import { FACT_ID } from "@/lib/policy/schema";
import { utcDate } from "@/lib/policy/rules";

// a page for one moderator: rendered per request, and allowed to block until it is
export const instant = false;
type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Policy");
  return { title: t("recheck"), robots: { index: false } };
}

export default async function RecheckFactPage({ params }: Props) {
  await connection();
  const [{ locale, id }, user] = await Promise.all([params, currentUser()]);
  if (!user) unauthorized();
  if (!isModerator(user)) forbidden();
  // read fresh: the form's base revision must be the current one, not a cached copy
  const fact = FACT_ID.test(id) ? await getPolicyEvent({ id }) : null;
  if (!fact) notFound();
  const [t, operators] = await Promise.all([getTranslations("FactForm"), listOperators()]);
  const title = inLocale(fact.title, locale);
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <header>
        <p className="text-sm">
          <Link href={`/policy/${fact.id}`}>← {title}</Link>
        </p>
        <h1 className="mt-2 text-2xl font-bold">{t("editTitle", { title })}</h1>
        <p className="mt-2 text-muted">{t("intro")}</p>
      </header>
      <ClientMessages paths={["FactForm", "Policy.kind", "Policy.status"]}>
        <FactForm
          mode="recheck"
          id={fact.id}
          revision={fact.revision}
          locale={guideLocale(locale)}
          operators={operators.map((o) => [o.slug, operatorName(o, locale)])}
          // a re-check is made today; the previous check-after date is kept for the moderator to move
          initial={{ ...factFormValues(fact), lastChecked: utcDate(new Date()) }}
        />
        {fact.status !== "superseded" && (
          <section aria-labelledby="supersede" className="mt-10 rounded-lg border border-line bg-white p-4">
            <h2 id="supersede" className="text-lg font-bold">
              {t("supersedeTitle")}
            </h2>
            <p className="mt-1 mb-4 text-sm text-muted">{t("supersedeIntro")}</p>
            <SupersedeForm id={fact.id} revision={fact.revision} locale={guideLocale(locale)} />
          </section>
        )}
      </ClientMessages>
    </div>
  );
}
