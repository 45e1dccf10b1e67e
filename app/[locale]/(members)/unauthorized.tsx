import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/site/status-page";
import { Link } from "@/i18n/navigation";

export default async function Unauthorized() {
  const [t, ta] = await Promise.all([getTranslations("Moderation"), getTranslations("Auth")]);
  return (
    <StatusPage code={401} title={t("unauthorizedTitle")} body={t("unauthorizedBody")}>
      <p className="mt-6">
        <Link href={{ pathname: "/signin", query: { returnTo: "/moderation" } }} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline">
          {ta("signIn")}
        </Link>
      </p>
    </StatusPage>
  );
}
