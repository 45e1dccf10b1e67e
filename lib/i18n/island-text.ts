import "server-only";
import { getMessages, getTranslations } from "next-intl/server";

/** Words for a client island, keyed by their path inside the namespaces given ("errors.stale"). */
export type IslandText = Record<string, string>;

function keysOf(tree: unknown, prefix = ""): string[] {
  if (typeof tree === "string") return [prefix];
  if (typeof tree !== "object" || tree === null) return [];
  return Object.entries(tree).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key));
}

/**
 * Every message of the namespace, formatted on the server, for a client island that takes its
 * words as props: reading pages then ship no i18n runtime to the browser. For messages without
 * arguments (an island that needs arguments formats on the server and passes the result).
 */
export async function islandText(namespace: string): Promise<IslandText> {
  const [messages, t] = await Promise.all([getMessages(), getTranslations(namespace)]);
  const translate = t as unknown as (key: string) => string;
  return Object.fromEntries(keysOf(messages[namespace]).map((key) => [key, translate(key)]));
}
