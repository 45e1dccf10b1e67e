import type {} from "mdast-util-directive";
import type { Element, Root as HastRoot } from "hast";
import { toHtml } from "hast-util-to-html";
import { toString } from "hast-util-to-string";
import type { Root as MdastRoot, RootContent } from "mdast";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit, SKIP } from "unist-util-visit";

export const STATS_EMBED_ATTRIBUTE = "dataStatsOperator";
const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

/**
 * `::stats{operator="mts"}` becomes a placeholder element the page swaps for a live figure
 * card. Any other directive goes back to the exact text the author typed, so prose like
 * "a:b" is never swallowed by directive syntax.
 */
function remarkStatsDirective(source: string) {
  return (tree: MdastRoot) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== "leafDirective" && node.type !== "containerDirective" && node.type !== "textDirective") return;
      if (!parent || index === undefined) return;
      const operator = node.attributes?.operator ?? "";
      if (node.type === "leafDirective" && node.name === "stats" && SLUG_PATTERN.test(operator)) {
        node.data = { hName: "div", hProperties: { [STATS_EMBED_ATTRIBUTE]: operator, className: ["stats-embed"] } };
        node.children = [];
        return SKIP;
      }
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const text = start !== undefined && end !== undefined ? source.slice(start, end) : `:${node.name}`;
      const replacement: RootContent =
        node.type === "textDirective"
          ? { type: "text", value: text }
          : { type: "paragraph", children: [{ type: "text", value: text }] };
      parent.children.splice(index, 1, replacement as never);
      return [SKIP, index + 1];
    });
  };
}

// GitHub's schema (what rehype-sanitize defaults to), plus the stats placeholder whose value
// must be a plain slug. Raw HTML in Markdown is never parsed, so nothing else can produce it.
const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    div: [...(defaultSchema.attributes?.div ?? []), [STATS_EMBED_ATTRIBUTE, SLUG_PATTERN], ["className", "stats-embed"]],
  },
};

/** External links leave with rel="nofollow ugc noopener": the guide is user-edited. */
function rehypeExternalLinks() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node: Element) => {
      const href = node.tagName === "a" ? node.properties?.href : undefined;
      if (typeof href === "string" && /^https?:\/\//i.test(href)) {
        node.properties.rel = ["nofollow", "ugc", "noopener"];
      }
    });
  };
}

export type TocEntry = { id: string; text: string; depth: 2 | 3 };

/** Markdown → sanitized HTML tree, plus the table of contents (h2/h3). */
export function renderMarkdown(markdown: string): { tree: HastRoot; toc: TocEntry[] } {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkStatsDirective, markdown)
    .use(remarkRehype)
    .use(rehypeSlug)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeExternalLinks);
  const tree = processor.runSync(processor.parse(markdown)) as HastRoot;
  const toc: TocEntry[] = [];
  visit(tree, "element", (node: Element) => {
    if ((node.tagName === "h2" || node.tagName === "h3") && typeof node.properties?.id === "string") {
      toc.push({ id: node.properties.id, text: toString(node), depth: node.tagName === "h2" ? 2 : 3 });
    }
  });
  return { tree, toc };
}

export function markdownToHtml(markdown: string): string {
  return toHtml(renderMarkdown(markdown).tree);
}

/** Operators named by stats directives, in order of appearance. */
export function statsEmbedsIn(tree: HastRoot): string[] {
  const slugs: string[] = [];
  visit(tree, "element", (node: Element) => {
    const slug = node.properties?.[STATS_EMBED_ATTRIBUTE];
    if (typeof slug === "string") slugs.push(slug);
  });
  return slugs;
}
