import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/site/status-page";
import { Link } from "@/i18n/navigation";

export default async function Forbidden() {
  const t = await getTranslations("Moderation");
  return (
    <StatusPage code={403} title={t("forbiddenTitle")} body={t("forbiddenBody")}>
      <p className="mt-6">
        <Link href="/">←</Link>
      </p>
    </StatusPage>
  );
}
