import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("Footer");
  return (
    <footer className="mt-16 border-t border-line bg-white">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-6 text-sm text-muted">
        <p>{t("about")}</p>
        <p>
          {t("licence")} {t("openData")}{" "}
          <a href="/api/v1/reports/export.csv" download>
            {t("csv")}
          </a>{" "}
          ·{" "}
          <a href="/api/v1/reports/export.json">{t("json")}</a> ·{" "}
          <a href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license noopener">
            CC BY-SA 4.0
          </a>
        </p>
      </div>
    </footer>
  );
}
