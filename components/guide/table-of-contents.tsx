import { getTranslations } from "next-intl/server";
import type { TocEntry } from "@/lib/guide/markdown";

export async function TableOfContents({ entries, headingId }: { entries: TocEntry[]; headingId: string }) {
  const t = await getTranslations("Guide");
  if (entries.length === 0) return null;
  return (
    <nav aria-labelledby={headingId} className="rounded-lg border border-line bg-white p-4 text-sm">
      <h2 id={headingId} className="font-semibold">
        {t("toc")}
      </h2>
      <ol className="mt-2 space-y-1.5">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? "pl-4" : undefined}>
            <a href={`#${entry.id}`} className="text-muted hover:text-brand-700">
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
