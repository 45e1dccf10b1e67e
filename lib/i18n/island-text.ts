import "server-only";
import { getMessages, getTranslations } from "next-intl/server";
import { cache } from "react";

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
 * One object per namespace and render, so a page with many islands sends the words once.
 */
export const islandText = cache(async (namespace: string): Promise<IslandText> => {
  const [messages, t] = await Promise.all([getMessages(), getTranslations(namespace)]);
  const translate = t as unknown as (key: string) => string;
  return Object.fromEntries(keysOf(messages[namespace]).map((key) => [key, translate(key)]));
});
