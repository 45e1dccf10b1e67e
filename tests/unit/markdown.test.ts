import { describe, expect, it } from "vitest";
import { markdownToHtml, renderMarkdown } from "@/lib/guide/markdown";

// Anything that could run script, load a frame or smuggle a data: payload must not survive.
const xssCorpus: Array<[string, string]> = [
  ["script tag", "<script>alert(1)</script>"],
  ["script in paragraph", "Hello <script src=https://evil.example/x.js></script> world"],
  ["img onerror", '<img src=x onerror="alert(1)">'],
  ["svg onload", "<svg onload=alert(1)></svg>"],
  ["javascript link", "[click](javascript:alert(1))"],
  ["javascript link, mixed case", "[click](JaVaScRiPt:alert(1))"],
  ["javascript link, entity encoded", "[click](&#106;avascript:alert(1))"],
  ["javascript autolink", "<javascript:alert(1)>"],
  ["iframe", '<iframe src="https://evil.example"></iframe>'],
  ["data url link", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
  ["data url image", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"],
  ["vbscript link", "[x](vbscript:msgbox(1))"],
  ["object embed", '<object data="evil.swf"></object><embed src="evil.swf">'],
  ["style injection", "<style>body{display:none}</style>"],
  ["form", '<form action="https://evil.example"><input name=a></form>'],
  ["link attribute injection", '[x](https://example.com "title\\" onmouseover=\\"alert(1))'],
  ["meta refresh", '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
  ["base tag", '<base href="https://evil.example/">'],
];

describe("guide Markdown sanitizer", () => {
  it.each(xssCorpus)("neutralises %s", (_name, input) => {
    const html = markdownToHtml(input).toLowerCase();
    expect(html).not.toMatch(/<script|<iframe|<object|<embed|<style|<form|<meta|<base|<svg/);
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/); // no event-handler attribute inside any tag
    expect(html).not.toMatch(/(href|src)\s*=\s*"\s*(javascript|vbscript|data):/);
  });

  it("keeps ordinary Markdown: headings, lists, tables, links and emphasis", () => {
    const html = markdownToHtml(
      "## 第一步\n\n- **护照**原件\n- 复印件\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[官网](https://mts.ru)",
    );
    expect(html).toContain("<h2");
    expect(html).toContain("<strong>护照</strong>");
    expect(html).toContain("<table>");
    expect(html).toContain('href="https://mts.ru"');
  });

  it("marks external links as user-generated and nofollow", () => {
    expect(markdownToHtml("[x](https://example.com)")).toContain('rel="nofollow ugc noopener"');
    expect(markdownToHtml("[x](/guide/four-steps-to-close)")).not.toContain("nofollow");
  });

  it("builds a table of contents from h2 and h3 with ids that exist in the output", () => {
    const { tree, toc } = renderMarkdown("## 什么是保号卡\n\ntext\n\n### Why keep one\n\n## FAQ");
    expect(toc.map((e) => [e.depth, e.text])).toEqual([
      [2, "什么是保号卡"],
      [3, "Why keep one"],
      [2, "FAQ"],
    ]);
    const html = markdownToHtml("## 什么是保号卡\n\ntext\n\n### Why keep one\n\n## FAQ");
    for (const entry of toc) expect(html).toContain(`id="${entry.id}"`);
    expect(tree.type).toBe("root");
  });

  it("turns ::stats directives into live-figure placeholders, one per operator", () => {
    const { embeds } = renderMarkdown('Intro\n\n::stats{operator="mts"}\n\n::stats{operator="yota"}\n');
    expect(embeds.stats).toEqual(["mts", "yota"]);
  });

  it("does not let a directive smuggle attributes or odd slugs", () => {
    const { embeds } = renderMarkdown('::stats{operator="x onload=alert(1)"}\n\n::stats{operator="mts" onclick="alert(1)"}');
    expect(embeds.stats).toEqual(["mts"]);
    expect(markdownToHtml('::stats{operator="mts" onclick="alert(1)"}')).not.toContain("onclick");
  });

  it("gives unknown directives back as the text the author typed", () => {
    expect(markdownToHtml("Ratio 3:2 and note:important stays")).toContain("note:important");
    expect(markdownToHtml("::note[hello]")).toContain("::note[hello]");
  });
});
