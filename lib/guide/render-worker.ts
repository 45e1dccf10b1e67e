/**
 * The Markdown renderer's own thread (bundled to dist/render-worker.js): a render that runs
 * past its budget is stopped by terminating this worker, never by blocking the server.
 */
import { parentPort } from "node:worker_threads";
import { renderMarkdown } from "./markdown";

parentPort!.on("message", ({ id, markdown }: { id: number; markdown: string }) => {
  try {
    parentPort!.postMessage({ id, ok: true, rendered: renderMarkdown(markdown) });
  } catch (error) {
    const overflow = error instanceof RangeError;
    parentPort!.postMessage({ id, ok: false, reason: overflow ? "too_deep" : "error", message: String((error as Error)?.message ?? error) });
  }
});
