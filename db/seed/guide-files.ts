import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { GuideLocale } from "@/lib/domain";

export type SeedGuidePage = {
  slug: string;
  locale: GuideLocale;
  title: string;
  summary: string;
  order: number;
  /** the date the text was last revised (YYYY-MM-DD): revision 1's date, shown as "last updated" */
  updated: string;
  body: string;
};

const guideSeedFolder = path.join(process.cwd(), "db", "seed", "guide");

/** Reads db/seed/guide/<locale>/<slug>.md, each with a small `key: value` front matter (title, summary, order, updated). */
export function readSeedGuidePages(folder = guideSeedFolder): SeedGuidePage[] {
  const pages: SeedGuidePage[] = [];
  for (const locale of ["zh", "en"] as const) {
    const dir = path.join(/* turbopackIgnore: true */ folder, locale);
    for (const file of readdirSync(/* turbopackIgnore: true */ dir).filter((f) => f.endsWith(".md")).sort()) {
      const raw = readFileSync(/* turbopackIgnore: true */ path.join(dir, file), "utf8").replace(/\r\n/g, "\n");
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
      if (!match) throw new Error(`${locale}/${file}: missing front matter`);
      const meta = Object.fromEntries(
        match[1].split("\n").map((line) => {
          const at = line.indexOf(":");
          return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
        }),
      );
      if (!meta.title) throw new Error(`${locale}/${file}: missing title`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(meta.updated ?? "")) throw new Error(`${locale}/${file}: missing "updated: YYYY-MM-DD"`);
      pages.push({
        slug: file.replace(/\.md$/, ""),
        locale,
        title: meta.title,
        summary: meta.summary ?? "",
        order: Number(meta.order ?? 0),
        updated: meta.updated,
        body: match[2].trim() + "\n",
      });
    }
  }
  return pages;
}
