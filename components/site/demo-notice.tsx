import { getTranslations } from "next-intl/server";

export async function DemoNotice() {
  const t = await getTranslations("Site");
  return (
    <div role="note" className="border-b border-amber-300 bg-amber-50">
      <p className="mx-auto max-w-5xl px-4 py-2 text-sm text-amber-950">{t("demoNotice")}</p>
    </div>
  );
}
