import { getTranslations } from "next-intl/server";

/** Under ten reports a rate says little: said plainly next to it. */
export async function TooFewNotice() {
  const t = await getTranslations("Stats");
  return <p className="mt-2 text-sm font-medium text-amber-900">{t("tooFew")}</p>;
}
