import type { Root } from "hast";
import { toJsxRuntime, type Components } from "hast-util-to-jsx-runtime";
import type { ComponentProps, ReactNode } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { StatsCard } from "@/components/stats/stats-card";
import type { OperatorView } from "@/db/queries/operators";
import { localizedPath } from "@/i18n/paths";
import type { OperatorFigures } from "@/lib/stats/figures";

export type PageEmbeds = {
  operators: Record<string, OperatorView>;
  figures: Record<string, OperatorFigures>;
  /** block and inline renderings of dated facts, by id (see the policy timeline) */
  fact?: (id: string, inline: boolean) => ReactNode;
  /** replaces the figure card of an operator (undefined keeps the card) */
  stats?: (slug: string) => ReactNode | undefined;
};

/** A path to a page of this site in the default language: not another host, not /en/…, not the API or a file. */
const SITE_PAGE = /^\/(?![/\\])(?!en(?:[/?#]|$))(?!api\/)(?![^?#]*\.[a-z0-9]+(?:[?#]|$))/i;

type EmbedProps = { "data-embed"?: string; "data-ref"?: string };

// a page shown inside another page's section steps its headings down one level
const nestedHeadings = {
  h2: (props: ComponentProps<"h3">) => <h3 {...props} />,
  h3: (props: ComponentProps<"h4">) => <h4 {...props} />,
  h4: (props: ComponentProps<"h5">) => <h5 {...props} />,
};

/**
 * A stored, sanitized revision tree as React. Embed placeholders become live content the
 * page loaded in one go (figures of every operator named, every fact cited).
 */
export function MarkdownContent({ tree, embeds, locale, nested = false }: { tree: Root; embeds: PageEmbeds; locale: string; nested?: boolean }) {
  const Block = ({ "data-embed": kind, "data-ref": ref, ...props }: ComponentProps<"div"> & EmbedProps) => {
    if (kind === "stats" && ref) {
      return <>{embeds.stats?.(ref) ?? <StatsCard slug={ref} operator={embeds.operators[ref]} figures={embeds.figures[ref]} />}</>;
    }
    if (kind === "fact" && ref) return <>{embeds.fact?.(ref, false)}</>;
    return <div {...props} />;
  };
  const Inline = ({ "data-embed": kind, "data-ref": ref, ...props }: ComponentProps<"span"> & EmbedProps) => {
    if (kind === "fact-inline" && ref) return <>{embeds.fact?.(ref, true)}</>;
    return <span {...props} />;
  };
  // pages link to site pages as written ("/paperwork"); an English page keeps its reader in English
  const Anchor = ({ href, ...props }: ComponentProps<"a">) => (
    <a href={typeof href === "string" && SITE_PAGE.test(href) ? localizedPath(locale, href) : href} {...props} />
  );
  const components = { a: Anchor, div: Block, span: Inline, ...(nested ? nestedHeadings : {}) } as Components;
  return <div className={`prose-guide${nested ? " prose-nested" : ""}`}>{toJsxRuntime(tree, { Fragment, jsx, jsxs, components })}</div>;
}
