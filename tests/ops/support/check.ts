/** Named checks for the ops scripts: each prints one line; the script exits 1 if any failed. */
let passed = 0;
let failed = 0;

export function check(name: string, ok: boolean, detail = "") {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? "  ok  " : "  FAIL"} ${name}${detail ? ` — ${detail}` : ""}`);
  return ok;
}

export function note(text: string) {
  console.log(`       ${text}`);
}

export function heading(text: string) {
  console.log(`\n== ${text}`);
}

/** Prints the tally and sets the exit code; call once at the end (also after a crash). */
export function finish(label: string, error?: unknown) {
  if (error) {
    failed++;
    console.log(`  FAIL ${label} stopped early: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  console.log(`\n${label}: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function opsPort(offset: number) {
  return Number(process.env.OPS_PORT || 3910) + offset;
}
