import type { ReactNode } from "react";
import type { FactView } from "@/lib/policy/view";
import { FactBox, FactCitation, UnknownFact } from "./fact-box";

/**
 * `embeds.fact` for MarkdownContent: `::fact{id}` becomes a fact box, `:fact{id}` a citation,
 * an id missing from the timeline a visible marker. `facts` is every fact the page cites,
 * loaded in one query (lib/policy/view.ts loadFacts).
 */
export function factEmbeds(facts: Record<string, FactView>) {
  return function factEmbed(id: string, inline: boolean): ReactNode {
    const fact = facts[id];
    if (!fact) return <UnknownFact id={id} inline={inline} />;
    return inline ? <FactCitation fact={fact} /> : <FactBox fact={fact} />;
  };
}
