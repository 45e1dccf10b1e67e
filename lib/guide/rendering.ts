import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { storeRevisionRendering } from "@/db/queries/guide";
import { MAX_TREE_DEPTH, markdownProblem, type MarkdownProblem } from "./markdown-bounds";
import { RENDERING_VERSION, type RenderedMarkdown } from "./markdown";

/**
 * Markdown is rendered once per revision, when it is saved (or previewed), in a worker
 * thread with a time budget: some inputs make the parser quadratic, and a render that runs
 * past the budget is stopped by terminating the worker. Pages show the stored result.
 */

export const RENDER_BUDGET_MS = 2000;
const MAX_WAITING = 16;

export type RenderFailure = MarkdownProblem | "too_slow" | "busy" | "render_failed";
export type RenderOutcome = { ok: true; rendered: RenderedMarkdown } | { ok: false; reason: RenderFailure };

type Job = { id: number; markdown: string; resolve: (outcome: RenderOutcome) => void };

class RenderWorker {
  private worker: Worker | null = null;
  private current: (Job & { timer: NodeJS.Timeout }) | null = null;
  private waiting: Job[] = [];
  private nextId = 1;

  render(markdown: string): Promise<RenderOutcome> {
    if (this.waiting.length >= MAX_WAITING) return Promise.resolve({ ok: false, reason: "busy" });
    return new Promise((resolve) => {
      this.waiting.push({ id: this.nextId++, markdown, resolve });
      this.pump();
    });
  }

  private spawn(): Worker {
    // bundled by scripts/build-server.mjs; Next's bundler must not try to follow it
    const file = path.join(/* turbopackIgnore: true */ process.cwd(), "dist", "render-worker.js");
    const worker = new Worker(file);
    worker.unref();
    worker.on("message", (message: { id: number; ok: boolean; rendered?: RenderedMarkdown; reason?: string }) => {
      const job = this.current;
      if (!job || job.id !== message.id) return;
      this.finish(
        message.ok
          ? { ok: true, rendered: message.rendered! }
          : { ok: false, reason: message.reason === "too_deep" ? "body_too_deep" : "render_failed" },
      );
    });
    worker.on("error", () => this.restart("render_failed"));
    worker.on("exit", () => {
      if (this.worker === worker) this.worker = null;
    });
    return worker;
  }

  private pump() {
    if (this.current || this.waiting.length === 0) return;
    const job = this.waiting.shift()!;
    this.worker ??= this.spawn();
    const timer = setTimeout(() => this.restart("too_slow"), RENDER_BUDGET_MS);
    this.current = { ...job, timer };
    this.worker.postMessage({ id: job.id, markdown: job.markdown });
  }

  private finish(outcome: RenderOutcome) {
    const job = this.current;
    if (!job) return;
    clearTimeout(job.timer);
    this.current = null;
    job.resolve(outcome);
    this.pump();
  }

  /** Past the budget (or crashed): the worker goes, the job fails, the next one gets a new worker. */
  private restart(reason: RenderFailure) {
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
    this.finish({ ok: false, reason });
  }
}

const shared = globalThis as unknown as { __simExitRenderWorker?: RenderWorker };

/** Bounds first (cheap), then the render within its budget, then the depth the page can draw. */
export async function renderGuideMarkdown(markdown: string): Promise<RenderOutcome> {
  const problem = markdownProblem(markdown);
  if (problem) return { ok: false, reason: problem };
  const outcome = await (shared.__simExitRenderWorker ??= new RenderWorker()).render(markdown);
  if (outcome.ok && outcome.rendered.depth > MAX_TREE_DEPTH) return { ok: false, reason: "body_too_deep" };
  return outcome;
}

const isCurrent = (rendered: unknown): rendered is RenderedMarkdown =>
  typeof rendered === "object" && rendered !== null && (rendered as RenderedMarkdown).v === RENDERING_VERSION;

/** A text that cannot be rendered (it was saved before these bounds) shows as plain paragraphs. */
function plainText(markdown: string): RenderedMarkdown {
  const paragraphs = markdown.split(/\n{2,}/).slice(0, 2000);
  return {
    v: RENDERING_VERSION,
    tree: {
      type: "root",
      children: paragraphs.map((text) => ({ type: "element", tagName: "p", properties: {}, children: [{ type: "text", value: text }] })),
    },
    toc: [],
    embeds: { stats: [], facts: [] },
    depth: 2,
  };
}

/**
 * The stored rendering of a revision; a revision saved before renderings were stored (or by
 * an older renderer) is rendered now and kept, once.
 */
export async function renderingOf(revision: { revisionId: number; body: string; rendered: unknown }): Promise<RenderedMarkdown> {
  if (isCurrent(revision.rendered)) return revision.rendered;
  const outcome = await renderGuideMarkdown(revision.body);
  const rendered = outcome.ok ? outcome.rendered : plainText(revision.body);
  if (outcome.ok || outcome.reason !== "busy") await storeRevisionRendering({ revisionId: revision.revisionId, rendered });
  return rendered;
}

export const treeToHtml = (tree: Root) => toHtml(tree);
