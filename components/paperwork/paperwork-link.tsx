import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/**
 * The way to /paperwork from an operator page or a guide page: one line in each, with its
 * text from the Paperwork namespace (read on the server, so no client messages are needed).
 */
export async function PaperworkLink({ locale, operator, className = "" }: { locale: string; operator?: string; className?: string }) {
  const t = await getTranslations({ locale, namespace: "Paperwork" });
  return (
    <p className={`print:hidden ${className}`}>
      <Link href="/paperwork" locale={locale} className="font-medium" data-testid="paperwork-link">
        {operator ? t("linkFromOperator", { operator }) : t("linkFromGuide")}
      </Link>
    </p>
  );
}
