import type { Root } from "hast";
import { toJsxRuntime, type Components } from "hast-util-to-jsx-runtime";
import type { ComponentProps, ReactNode } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { StatsCard } from "@/components/stats/stats-card";
import type { OperatorView } from "@/db/queries/operators";
import type { OperatorFigures } from "@/lib/stats/figures";

export type PageEmbeds = {
  operators: Record<string, OperatorView>;
  figures: Record<string, OperatorFigures>;
  /** block and inline renderings of dated facts, by id (see the policy timeline) */
  fact?: (id: string, inline: boolean) => ReactNode;
};

type EmbedProps = { "data-embed"?: string; "data-ref"?: string };

/**
 * A stored, sanitized revision tree as React. Embed placeholders become live content the
 * page loaded in one go (figures of every operator named, every fact cited).
 */
export function MarkdownContent({ tree, embeds }: { tree: Root; embeds: PageEmbeds }) {
  const Block = ({ "data-embed": kind, "data-ref": ref, ...props }: ComponentProps<"div"> & EmbedProps) => {
    if (kind === "stats" && ref) return <StatsCard slug={ref} operator={embeds.operators[ref]} figures={embeds.figures[ref]} />;
    if (kind === "fact" && ref) return <>{embeds.fact?.(ref, false)}</>;
    return <div {...props} />;
  };
  const Inline = ({ "data-embed": kind, "data-ref": ref, ...props }: ComponentProps<"span"> & EmbedProps) => {
    if (kind === "fact-inline" && ref) return <>{embeds.fact?.(ref, true)}</>;
    return <span {...props} />;
  };
  return <div className="prose-guide">{toJsxRuntime(tree, { Fragment, jsx, jsxs, components: { div: Block, span: Inline } as Components })}</div>;
}
