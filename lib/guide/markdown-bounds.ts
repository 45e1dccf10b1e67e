/**
 * Cheap, linear checks made before any Markdown is parsed: the parser and the page renderer
 * work recursively and some constructs cost quadratic time, so text that nests too deeply
 * or asks for too many live embeds is refused with a clear message instead.
 */

/** Block quotes and lists inside each other (a real guide needs a handful). */
export const MAX_NESTING = 24;
/** Live figures and facts on one page; each is a card with its own figures. */
export const MAX_EMBEDS = 40;
/** Elements inside elements after rendering (emphasis can nest too). */
export const MAX_TREE_DEPTH = 64;

export type MarkdownProblem = "body_too_deep" | "too_many_embeds";

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const CONTAINER_MARKER = /^(?:>|[-*+](?=\s|$)|\d{1,9}[.)](?=\s|$))\s?/;
const EMBED = /(?:^|\s)::?(?:stats|fact)\{/gm;

/** How many containers a line opens, judged from its start (markers and indentation). */
function lineNesting(line: string): number {
  let depth = 0;
  let rest = line;
  for (;;) {
    const indent = /^[ \t]*/.exec(rest)![0];
    depth += Math.floor(indent.replace(/\t/g, "    ").length / 2);
    rest = rest.slice(indent.length);
    const marker = CONTAINER_MARKER.exec(rest);
    if (!marker) return depth;
    depth += 1;
    rest = rest.slice(marker[0].length);
    if (depth > MAX_NESTING) return depth;
  }
}

export function markdownProblem(markdown: string): MarkdownProblem | null {
  let fence: string | null = null;
  for (const line of markdown.split("\n")) {
    const opening = FENCE.exec(line);
    if (fence) {
      if (opening && opening[1][0] === fence[0] && opening[1].length >= fence.length) fence = null;
      continue;
    }
    if (opening) {
      fence = opening[1];
      continue;
    }
    if (lineNesting(line) > MAX_NESTING) return "body_too_deep";
  }
  let embeds = 0;
  for (const _ of markdown.matchAll(EMBED)) if (++embeds > MAX_EMBEDS) return "too_many_embeds";
  return null;
}
