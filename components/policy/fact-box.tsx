import { ModeratorOnly } from "@/components/site/moderator-only";
import { Link } from "@/i18n/navigation";
import { islandText } from "@/lib/i18n/island-text";
import type { FactView } from "@/lib/policy/view";
import type { ReactNode } from "react";
import { inLocale, policyFormatting } from "./policy-format";
import { StillTrue } from "./still-true";

const label = (chunks: ReactNode) => <span className="font-medium">{chunks}</span>;

type Props = {
  fact: FactView;
  /** how the rule's title is set: a heading on the timeline, plain bold text inside a guide page, none under the fact's own h1 */
  titleAs?: "h2" | "h3" | "p" | null;
  /** the timeline gives each box the fact's id, so /policy#<id> lands on it */
  anchor?: boolean;
  /** false on the fact's own page, which shows the history below */
  historyLink?: boolean;
};

/**
 * A dated fact as a box: the rule in the page's language, when it applies, who it affects,
 * its source, when it was last checked, "may be outdated" when so, and "still true?".
 */
export async function FactBox({ fact, titleAs = "p", anchor = false, historyLink = true }: Props) {
  const { t, locale, day, when } = await policyFormatting();
  const Title = titleAs;
  const superseded = fact.status === "superseded";
  const titleId = anchor && Title ? `${fact.id}-title` : undefined;
  return (
    <div
      id={anchor ? fact.id : undefined}
      aria-labelledby={titleId}
      role={titleId ? "group" : undefined}
      data-testid={`fact-${fact.id}`}
      data-outdated={fact.outdated ? "true" : "false"}
      className={`fact-box my-5 scroll-mt-4 rounded-lg border border-l-4 bg-white p-4 ${
        fact.outdated ? "border-amber-300 border-l-amber-600" : superseded ? "border-line border-l-slate-400" : "border-line border-l-brand-600"
      }`}
    >
      <p className="flex flex-wrap items-center gap-2 text-xs font-medium">
        <span className="rounded bg-slate-100 px-2 py-0.5 text-slate-800">{t(`kind.${fact.kind}`)}</span>
        <span className={`rounded px-2 py-0.5 ${superseded ? "bg-slate-200 text-slate-800" : "bg-brand-50 text-brand-800"}`}>{t(`status.${fact.status}`)}</span>
        <span className="text-muted">{when(fact)}</span>
        {fact.outdated && <span className="rounded bg-amber-100 px-2 py-0.5 font-semibold text-amber-950">⚠ {t("mayBeOutdated")}</span>}
      </p>
      {Title && (
        <Title id={titleId} className="mt-2 text-base leading-snug font-semibold">
          {inLocale(fact.title, locale)}
        </Title>
      )}
      <p className="mt-1">{inLocale(fact.summary, locale)}</p>
      <p className="mt-2 text-sm">{t.rich("affectsLine", { b: label, text: inLocale(fact.affects, locale) })}</p>
      <p className="mt-1 text-sm">
        {t.rich("sourceLine", {
          b: label,
          src: () =>
            fact.source.url ? (
              <a href={fact.source.url} rel="nofollow noopener noreferrer">
                {fact.source.name}
              </a>
            ) : (
              fact.source.name
            ),
          day: () => <time dateTime={fact.source.date}>{day(fact.source.date)}</time>,
        })}
      </p>
      <p className="mt-1 text-sm text-muted">
        <time dateTime={fact.lastChecked}>{t("lastChecked", { date: day(fact.lastChecked) })}</time>
        {fact.checkAfter && !superseded && <> · {t("checkAfter", { date: day(fact.checkAfter) })}</>}
        {!superseded && (fact.confirmations > 0 || fact.disputes > 0) && (
          <> · {t("votesThisRound", { confirmations: fact.confirmations, disputes: fact.disputes })}</>
        )}
      </p>
      {fact.outdatedBecause.length > 0 && (
        <div className="mt-2 rounded-md bg-amber-50 p-2 text-sm text-amber-950" data-testid="outdated-reasons">
          {fact.outdatedBecause.includes("disputes") && <p>{t("becauseDisputes")}</p>}
          {fact.outdatedBecause.includes("check_after") && <p>{t("becauseCheckAfter", { date: day(fact.checkAfter!) })}</p>}
        </div>
      )}
      {superseded && <p className="mt-2 text-sm text-muted">{t("supersededNote")}</p>}
      <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
        {historyLink && <Link href={`/policy/${fact.id}`}>{t("detailsLink")}</Link>}
        <ModeratorOnly>
          <Link href={`/policy/${fact.id}/edit`}>{t("recheck")}</Link>
        </ModeratorOnly>
      </p>
      {!superseded && <StillTrue factId={fact.id} revision={fact.revision} text={await islandText("FactVote")} />}
    </div>
  );
}

/** A citation in running text: when the rule applies and its source, linked to the timeline. */
export async function FactCitation({ fact }: { fact: FactView }) {
  const { t, when } = await policyFormatting();
  return (
    <span className="fact-cite text-[0.85em] whitespace-normal" data-testid={`fact-cite-${fact.id}`}>
      <Link href={`/policy#${fact.id}`} className="text-muted hover:text-brand-700">
        {t(fact.status === "superseded" ? "citationSuperseded" : "citation", { when: when(fact), source: fact.source.name })}
      </Link>
      {fact.outdated && <span className="ml-1 rounded bg-amber-100 px-1 font-semibold text-amber-950">⚠ {t("mayBeOutdated")}</span>}
    </span>
  );
}

/** A cited id that is not on the timeline: shown, so an editor notices and fixes it. */
export async function UnknownFact({ id, inline }: { id: string; inline: boolean }) {
  const { t } = await policyFormatting();
  const Tag = inline ? "span" : "p";
  return (
    <Tag className="unknown-fact rounded border border-dashed border-red-400 bg-red-50 px-1 text-sm text-red-900" data-testid={`unknown-fact-${id}`}>
      {t("unknownFact", { id })}
    </Tag>
  );
}
