import { execFileSync } from "node:child_process";

/** The Markdown renderer runs in a worker bundled to dist/ (as in production): build it once. */
export default function setup() {
  execFileSync(process.execPath, ["scripts/build-server.mjs"], { stdio: "inherit" });
}
