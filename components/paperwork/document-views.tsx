"use client";

import { useTranslations } from "next-intl";
import type { Paragraph, PaperworkDocument } from "@/lib/paperwork/documents";

type Meaning = "zh" | "en";

/** No line break inside a phone number or between "№" and its number. */
const typeset = (text: string) =>
  text.replace(/\+\d[\d ]*\d/g, (phone) => phone.replace(/ /g, "\u00a0")).replace(/№ /g, "№\u00a0");
const meaningLang = (meaning: Meaning) => (meaning === "zh" ? "zh-CN" : "en");

/** On screen: each Russian paragraph with its meaning beside it (below it on a phone). */
export function DocumentPreview({ document, meaning, headingId }: { document: PaperworkDocument; meaning: Meaning; headingId: string }) {
  const t = useTranslations("Paperwork.preview");
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-line bg-white" data-testid={`preview-${document.id}`}>
      <h3 id={headingId} className="border-b border-line px-4 py-3 text-lg font-bold">
        {t(document.id)}
      </h3>
      <div className="hidden grid-cols-2 gap-x-6 border-b border-line bg-slate-50 px-4 py-2 text-sm font-semibold text-muted sm:grid">
        <p>{t("russian")}</p>
        <p>{t("meaning")}</p>
      </div>
      <ol className="divide-y divide-line">
        {document.paragraphs.map((paragraph, index) => (
          <li key={index} className="grid gap-x-6 gap-y-1 px-4 py-2.5 sm:grid-cols-2">
            <p lang="ru" className={previewClass(paragraph)}>
              {typeset(paragraph.ru)}
            </p>
            <p lang={meaningLang(meaning)} className="border-l-4 border-brand-100 pl-3 text-[0.95rem] text-muted sm:border-l-0 sm:pl-0">
              {typeset(paragraph[meaning])}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

function previewClass(paragraph: Paragraph) {
  switch (paragraph.kind) {
    case "title":
      return "font-bold tracking-wide";
    case "subtitle":
      return "font-semibold";
    case "item":
      return "pl-4";
    default:
      return "";
  }
}

/**
 * For paper: the Russian text alone, laid out as a document, one per A4 sheet; the meaning
 * follows on a sheet of its own only when asked for. Hidden on screen.
 */
export function PrintableDocuments({
  documents,
  meaning,
  withTranslation,
}: {
  documents: PaperworkDocument[];
  meaning: Meaning;
  withTranslation: boolean;
}) {
  const t = useTranslations("Paperwork.preview");
  return (
    <div className="paperwork-print hidden print:block" data-testid="paperwork-print">
      {documents.map((document) => (
        <div key={document.id}>
          <article lang="ru" className="pw-sheet pw-document">
            {document.paragraphs.map((paragraph, index) => (
              <p key={index} className={`pw-${paragraph.kind}`}>
                {typeset(paragraph.ru)}
              </p>
            ))}
          </article>
          {withTranslation && (
            <section lang={meaningLang(meaning)} className="pw-sheet pw-translation">
              <h2>{t("sheetTitle", { document: t(document.id) })}</h2>
              <p className="pw-translation-note">{t("sheetNote")}</p>
              <table>
                <tbody>
                  {document.paragraphs.map((paragraph, index) => (
                    <tr key={index}>
                      <td lang="ru">{typeset(paragraph.ru)}</td>
                      <td>{typeset(paragraph[meaning])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
        </div>
      ))}
    </div>
  );
}
