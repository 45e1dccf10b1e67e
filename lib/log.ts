/**
 * Logs are JSON lines (one event per line: time, level, msg, request id where known) and
 * never carry personal data: database errors arrive with the query's parameters (stories,
 * display names, address hashes) and sometimes the offending value in the message, so
 * errors are reduced to their kind, code and a message with quoted values removed.
 */

type Fields = Record<string, string | number | boolean | null | undefined>;
type Line = Fields | { error?: SafeError };

export type SafeError = { name: string; message: string; code?: string; stack?: string };

const QUOTED = /(["'])(?:(?!\1)[^\\]|\\.)*\1/g;
const PARAMS_LINE = /\n\s*params:[\s\S]*$/;

function redactText(text: string): string {
  return text.replace(PARAMS_LINE, "").replace(QUOTED, "$1…$1").slice(0, 2000);
}

/** An error as it may be logged: no parameters, no values, no nested driver objects. */
export function safeError(error: unknown): SafeError {
  if (!(error instanceof Error)) return { name: "Error", message: redactText(String(error)) };
  const cause = (error as { cause?: unknown }).cause;
  const code = (error as { code?: unknown }).code ?? (cause as { code?: unknown } | undefined)?.code;
  const message = redactText(error.message) + (cause instanceof Error ? ` (cause: ${redactText(cause.message)})` : "");
  return {
    name: error.name,
    message,
    ...(typeof code === "string" ? { code } : {}),
    // only the frames: the stack's first lines repeat the message, parameters included
    ...(error.stack ? { stack: error.stack.split("\n").filter((line) => /^\s+at /.test(line)).slice(0, 8).join("\n") } : {}),
  };
}

function write(level: "info" | "warn" | "error", msg: string, fields: Line = {}) {
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }) + "\n";
  (level === "info" ? process.stdout : process.stderr).write(line);
}

const originalError = console.error.bind(console);

export function logError(msg: string, error: unknown, fields?: Fields) {
  write("error", msg, { ...fields, error: safeError(error) });
}

let installed = false;

/**
 * Next and libraries print errors with console.error; route those through safeError too,
 * so a failed query never writes its parameters to the log.
 */
export function installLogRedaction() {
  if (installed) return;
  installed = true;
  console.error = (...args: unknown[]) => {
    const errors = args.filter((a): a is Error => a instanceof Error);
    if (errors.length === 0) {
      originalError(...args.map((a) => (typeof a === "string" ? a.replace(PARAMS_LINE, "") : a)));
      return;
    }
    const context = args.filter((a) => typeof a === "string").join(" ").trim();
    for (const error of errors) write("error", context || error.name, { error: safeError(error) });
  };
}
