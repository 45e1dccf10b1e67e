import type {} from "mdast-util-directive";
import type { Element, Root as HastRoot, RootContent as HastContent } from "hast";
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
import { SKIP, visit } from "unist-util-visit";

/**
 * Markdown → a sanitized HTML tree, its table of contents and the live embeds it asks for.
 * Pure and synchronous; the app runs it in a worker with a time budget (lib/guide/rendering.ts),
 * once per revision, and pages render the stored result.
 */

export const RENDERING_VERSION = 2;
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,59}$/;

/** Placeholders the page swaps for live content: figures of an operator, a dated fact. */
export type EmbedKind = "stats" | "fact" | "fact-inline";
const EMBED_KIND_ATTRIBUTE = "dataEmbed";
const EMBED_REF_ATTRIBUTE = "dataRef";

export type TocEntry = { id: string; text: string; depth: 2 | 3 };
export type RenderedMarkdown = {
  v: typeof RENDERING_VERSION;
  tree: HastRoot;
  toc: TocEntry[];
  embeds: { stats: string[]; facts: string[] };
  depth: number;
};

function placeholder(kind: EmbedKind, ref: string) {
  return {
    hName: kind === "fact-inline" ? "span" : "div",
    hProperties: { [EMBED_KIND_ATTRIBUTE]: kind, [EMBED_REF_ATTRIBUTE]: ref },
  };
}

/**
 * `::stats{operator="mts"}`, `::fact{id="…"}` and `:fact{id="…"}` become placeholders. Any
 * other directive goes back to the exact text the author typed, so prose like "a:b" is
 * never swallowed by directive syntax.
 */
function remarkEmbeds(source: string) {
  return (tree: MdastRoot) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== "leafDirective" && node.type !== "containerDirective" && node.type !== "textDirective") return;
      if (!parent || index === undefined) return;
      const attributes = node.attributes ?? {};
      const embed =
        node.type === "leafDirective" && node.name === "stats" && SLUG_PATTERN.test(attributes.operator ?? "")
          ? placeholder("stats", attributes.operator!)
          : node.type === "leafDirective" && node.name === "fact" && SLUG_PATTERN.test(attributes.id ?? "")
            ? placeholder("fact", attributes.id!)
            : node.type === "textDirective" && node.name === "fact" && SLUG_PATTERN.test(attributes.id ?? "")
              ? placeholder("fact-inline", attributes.id!)
              : null;
      if (embed) {
        node.data = embed;
        node.children = [];
        return SKIP;
      }
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const text = start !== undefined && end !== undefined ? source.slice(start, end) : `:${node.name}`;
      const replacement: RootContent =
        node.type === "textDirective" ? { type: "text", value: text } : { type: "paragraph", children: [{ type: "text", value: text }] };
      parent.children.splice(index, 1, replacement as never);
      return [SKIP, index + 1];
    });
  };
}

const embedAttributes: Array<[string, ...RegExp[]] | [string, ...string[]]> = [
  [EMBED_KIND_ATTRIBUTE, "stats", "fact", "fact-inline"],
  [EMBED_REF_ATTRIBUTE, SLUG_PATTERN],
] as never;

// GitHub's schema (what rehype-sanitize defaults to), plus the embed placeholders, whose
// values must be a known kind and a plain slug. Raw HTML in Markdown is never parsed.
const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    div: [...(defaultSchema.attributes?.div ?? []), ...embedAttributes],
    span: [...(defaultSchema.attributes?.span ?? []), ...embedAttributes],
  },
};

const SAME_SITE_PATH = /^\/(?![/\\])/;

/**
 * Links that leave the site get rel="nofollow ugc noopener" (the guide is user-edited),
 * protocol-relative ones included. Images may only come from this site: an outside image
 * would tell its host the address of every reader.
 */
function rehypeLinksAndImages() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName === "a") {
        const href = node.properties?.href;
        if (typeof href === "string" && !SAME_SITE_PATH.test(href) && !href.startsWith("#")) {
          node.properties.rel = ["nofollow", "ugc", "noopener"];
        }
      }
      if (node.tagName === "img" && parent && index !== undefined) {
        const src = node.properties?.src;
        if (typeof src !== "string" || !SAME_SITE_PATH.test(src)) {
          const alt = typeof node.properties?.alt === "string" ? node.properties.alt : "";
          parent.children.splice(index, 1, { type: "text", value: alt } as HastContent);
          return [SKIP, index];
        }
      }
    });
  };
}

/** How deeply the tree nests, counted without recursion (pages render it recursively). */
export function treeDepth(tree: HastRoot): number {
  let deepest = 0;
  const stack: Array<[{ children?: unknown[] }, number]> = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    for (const child of (node.children ?? []) as Array<{ children?: unknown[] }>) stack.push([child, depth + 1]);
  }
  return deepest;
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkRehype)
  .use(rehypeSlug)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeLinksAndImages)
  .freeze();

/** Markdown → sanitized tree, table of contents (h2/h3) and embeds, in order of appearance. */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const mdast = processor.parse(markdown);
  remarkEmbeds(markdown)(mdast as MdastRoot);
  const tree = processor.runSync(mdast) as HastRoot;
  const toc: TocEntry[] = [];
  const stats: string[] = [];
  const facts: string[] = [];
  visit(tree, "element", (node: Element) => {
    if ((node.tagName === "h2" || node.tagName === "h3") && typeof node.properties?.id === "string") {
      toc.push({ id: node.properties.id, text: toString(node), depth: node.tagName === "h2" ? 2 : 3 });
    }
    const kind = node.properties?.[EMBED_KIND_ATTRIBUTE];
    const ref = node.properties?.[EMBED_REF_ATTRIBUTE];
    if (typeof ref === "string") (kind === "stats" ? stats : facts).push(ref);
  });
  return { v: RENDERING_VERSION, tree, toc, embeds: { stats, facts }, depth: treeDepth(tree) };
}

/** The same as HTML (the editor's preview). */
export function markdownToHtml(markdown: string): string {
  return toHtml(renderMarkdown(markdown).tree);
}
