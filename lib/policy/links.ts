/**
 * A source link must open the page that says what we cite: a full http(s) address with a
 * path, never a site's home page ("https://mts.ru", "https://mts.ru/"). The same rule for the
 * timeline's sources, readers' dispute links and the links in the guide (tests check both).
 */
export function isFullAddress(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return false;
  if (parsed.username || parsed.password) return false;
  const host = parsed.hostname;
  if (!host.includes(".") || host.startsWith(".") || host.endsWith(".")) return false;
  return parsed.pathname.replace(/\/+$/, "").length > 0;
}
