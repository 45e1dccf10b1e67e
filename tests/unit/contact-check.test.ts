import { describe, expect, it } from "vitest";
import { addedContactDetails } from "@/lib/guide/contact-check";
import { renderMarkdown } from "@/lib/guide/markdown";

const page = renderMarkdown("## Sources\n\nThe rule: [MegaFon](https://tatarstan.megafon.ru/help/sim_limit) and [The Moscow Times](https://www.themoscowtimes.com/2025/07/01/x).\n");
const edit = (body: string, extra: { title?: string; summary?: string } = {}) =>
  addedContactDetails({ before: page, after: renderMarkdown(body), title: extra.title ?? "", summary: extra.summary ?? "" });

describe("contact details a guide edit adds", () => {
  it("sees through character references: what readers get is what is checked", () => {
    expect(edit("Help: [x](https&#58;//evil&#46;com/offer)")).not.toEqual([]);
    expect(edit("Telegram &#64;spammer&#95;handle")).not.toEqual([]);
  });

  it("holds protocol-relative links and any new outside link", () => {
    expect(edit("[site](//closing-help.dev)")).toEqual(["//closing-help.dev"]);
    expect(edit("[help](https://closing-help.dev/go)")).toEqual(["https://closing-help.dev/go"]);
  });

  it("checks the title and the summary too", () => {
    expect(edit("Plain text.", { title: "TG @closing_helper88 https://t.me/x" })).not.toEqual([]);
    expect(edit("Plain text.", { summary: "加微信 jx0703" })).not.toEqual([]);
  });

  it("lets existing sources, official sites and site links stay", () => {
    expect(edit("## Sources\n\nThe rule: [MegaFon](https://tatarstan.megafon.ru/help/sim_limit) and [The Moscow Times](https://www.themoscowtimes.com/2025/07/01/x).\n\nMore text.")).toEqual([]);
    expect(edit("[Gosuslugi](https://www.gosuslugi.ru/help) and [our guide](/guide/x) and [top](#sources)")).toEqual([]);
  });
});
