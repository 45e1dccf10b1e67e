import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function Unauthorized() {
  const t = await getTranslations("Moderation");
  const ta = await getTranslations("Auth");
  return (
    <section className="mx-auto max-w-xl py-12 text-center">
      <p className="text-5xl font-bold text-brand-700" aria-hidden="true">401</p>
      <h1 className="mt-4 text-2xl font-bold">{t("unauthorizedTitle")}</h1>
      <p className="mt-3 text-muted">{t("unauthorizedBody")}</p>
      <p className="mt-6">
        <Link href={{ pathname: "/signin", query: { returnTo: "/moderation" } }} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline">
          {ta("signIn")}
        </Link>
      </p>
    </section>
  );
}
