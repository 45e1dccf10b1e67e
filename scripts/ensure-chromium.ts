/**
 * Finds a Chromium for the end-to-end tests: CHROMIUM_PATH, Debian's /usr/bin/chromium, or
 * Playwright's own download. With none and running as root, installs Debian's chromium
 * (and CJK fonts, so Chinese pages render in screenshots).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

async function findChromium(): Promise<string | null> {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  for (const candidate of CANDIDATES) if (existsSync(candidate)) return candidate;
  try {
    const { chromium } = await import("@playwright/test");
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright's browser is not downloaded here
  }
  return null;
}

export async function ensureChromium(): Promise<string> {
  const found = await findChromium();
  if (found) return found;
  if (process.getuid?.() !== 0) {
    throw new Error("No Chromium found. Set CHROMIUM_PATH, or install Debian's chromium (apt-get install chromium).");
  }
  console.log("Installing Debian's chromium for the end-to-end tests…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium", "fonts-noto-cjk"], { stdio: "inherit", env });
  const installed = await findChromium();
  if (!installed) throw new Error("chromium was installed but not found on disk");
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await ensureChromium());
}
