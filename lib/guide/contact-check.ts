import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import { detectContactSpam, isOfficialLink } from "@/lib/moderation/spam";
import type { RenderedMarkdown } from "./markdown";

/** Text and link targets of a rendered page, as readers get them (character references decoded). */
function readable(tree: Root | null) {
  const texts = new Set<string>();
  const links = new Set<string>();
  if (!tree) return { texts, links };
  visit(tree, (node) => {
    if (node.type === "text") texts.add((node as { value: string }).value);
    if (node.type === "element") {
      const element = node as Element;
      for (const name of ["href", "src"] as const) {
        const target = element.properties?.[name];
        if (typeof target === "string") links.add(target);
      }
      if (typeof element.properties?.alt === "string") texts.add(element.properties.alt);
    }
  });
  return { texts, links };
}

const isSameSite = (target: string) => /^\/(?![/\\])/.test(target) || target.startsWith("#");

/**
 * What a guide edit adds that reads as contact details: the new text and new link targets
 * of the rendered page (so `&#64;handle` or `https&#58;//…` cannot hide), the title and the
 * summary. Existing text (such as official sources) stays editable; every link that leaves
 * the site for anything but an official operator or government page is held.
 */
export function addedContactDetails({
  before,
  after,
  title,
  summary,
}: {
  before: RenderedMarkdown | null;
  after: RenderedMarkdown;
  title: string;
  summary: string;
}): string[] {
  const old = readable(before?.tree ?? null);
  const now = readable(after.tree);
  const addedText = [...now.texts].filter((text) => !old.texts.has(text));
  const verdict = detectContactSpam([title, summary, ...addedText].join("\n"));
  const links = [...now.links].filter((target) => !old.links.has(target) && !isSameSite(target) && !isOfficialLink(target));
  return [...new Set([...verdict.matches, ...links])].slice(0, 10);
}
