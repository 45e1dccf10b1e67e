import { describe, expect, it } from "vitest";
import { MAX_EMBEDS, MAX_NESTING, markdownProblem } from "@/lib/guide/markdown-bounds";
import { markdownToHtml, renderMarkdown, treeDepth } from "@/lib/guide/markdown";

describe("Markdown bounds, checked before anything is parsed", () => {
  it("refuses the inputs that stalled the server: thousands of nested quotes", () => {
    expect(markdownProblem(">".repeat(24_000))).toBe("body_too_deep");
    expect(markdownProblem("Intro\n\n" + ">".repeat(3000))).toBe("body_too_deep");
    expect(markdownProblem("> ".repeat(MAX_NESTING + 1) + "x")).toBe("body_too_deep");
  });

  it("refuses deep lists, by markers on one line or by indentation", () => {
    expect(markdownProblem("- ".repeat(40) + "x")).toBe("body_too_deep");
    expect(markdownProblem(Array.from({ length: 60 }, (_, i) => "  ".repeat(i) + "- x").join("\n"))).toBe("body_too_deep");
  });

  it("lets real guide text through, deep code blocks included", () => {
    const guide = "## 第一步\n\n> 提示：带上护照\n\n- 一\n  - 二\n    - 三\n\n```\n" + " ".repeat(200) + "code\n```\n";
    expect(markdownProblem(guide)).toBeNull();
    expect(markdownProblem("> ".repeat(MAX_NESTING) + "x")).toBeNull();
  });

  it("caps live embeds per page (a page of 3,990 ::stats lines is refused at save)", () => {
    expect(markdownProblem('::stats{operator="mts"}\n'.repeat(3990))).toBe("too_many_embeds");
    expect(markdownProblem('::stats{operator="mts"}\n'.repeat(MAX_EMBEDS))).toBeNull();
    expect(markdownProblem('Rule :fact{id="cooling-period"} '.repeat(MAX_EMBEDS + 1))).toBe("too_many_embeds");
  });
});

describe("the renderer", () => {
  it("measures depth without recursion", () => {
    expect(treeDepth(renderMarkdown("> > > deep").tree)).toBeGreaterThanOrEqual(4);
  });

  it("keeps images only from this site: an outside image would reveal readers' addresses", () => {
    const html = markdownToHtml("![map](https://tracker.example/pixel.png) ![ok](/images/map.png) ![x](//evil.example/x.png)");
    expect(html).not.toContain("tracker.example");
    expect(html).not.toContain("evil.example");
    expect(html).toContain('src="/images/map.png"');
    expect(html).toContain("map");
  });

  it("marks protocol-relative links like other outside links", () => {
    expect(markdownToHtml("[site](//closing-help.dev)")).toContain('rel="nofollow ugc noopener"');
    expect(markdownToHtml("[guide](/guide/x)")).not.toContain("nofollow");
  });

  it("turns fact directives into placeholders, block and inline", () => {
    const { embeds, tree } = renderMarkdown('::fact{id="cooling-period"}\n\nA rule :fact{id="decree-59-termination"} here.');
    expect(embeds.facts).toEqual(["cooling-period", "decree-59-termination"]);
    const html = markdownToHtml('::fact{id="cooling-period" onclick="x"}');
    expect(html).toContain('data-embed="fact"');
    expect(html).not.toContain("onclick");
    expect(tree.type).toBe("root");
  });
});
