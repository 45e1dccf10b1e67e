import type { Root } from "hast";
import { toJsxRuntime, type Components } from "hast-util-to-jsx-runtime";
import type { ComponentProps } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { StatsCard } from "@/components/stats/stats-card";

type DivProps = ComponentProps<"div"> & { "data-stats-operator"?: string };

// Live figures replace the placeholders left by the stats directive; everything else is
// the sanitized tree as it is.
function DivOrStatsCard({ "data-stats-operator": operator, ...props }: DivProps) {
  if (operator) return <StatsCard slug={operator} />;
  return <div {...props} />;
}

export function MarkdownContent({ tree }: { tree: Root }) {
  return (
    <div className="prose-guide">
      {toJsxRuntime(tree, { Fragment, jsx, jsxs, components: { div: DivOrStatsCard } as Components })}
    </div>
  );
}
