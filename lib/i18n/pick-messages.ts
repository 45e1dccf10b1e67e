type Messages = Record<string, unknown>;

/**
 * Only what a client island needs is sent to the browser: whole namespaces ("Flag") or
 * single keys ("Errors.required").
 */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const [namespace, key] = path.split(".", 2);
    const source = messages[namespace];
    if (source === undefined) continue;
    if (!key) picked[namespace] = source;
    else if (typeof source === "object" && source !== null && key in source) {
      picked[namespace] = { ...((picked[namespace] as Messages) ?? {}), [key]: (source as Messages)[key] };
    }
  }
  return picked;
}
