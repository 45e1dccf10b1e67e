/**
 * `npm run audit:lighthouse`: Lighthouse 12 (mobile, its default) in this machine's Chromium on
 * the home page, a guide page and /operators/mts of a production server, next to a bare
 * Next 16 page built in the same run, with all four category scores and the script each page
 * loads (gzip). Targets: performance within 0.05 of the bare page; accessibility, best
 * practices and SEO ≥ 0.95; script within 15 KB of the bare page's.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { pgliteFolder, startServer } from "../scripts/production-server";

const chromePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const nextVersion = JSON.parse(execFileSync(process.execPath, ["-p", "JSON.stringify(require('next/package.json').version)"], { encoding: "utf8" }));
const reactVersion = JSON.parse(execFileSync(process.execPath, ["-p", "JSON.stringify(require('react/package.json').version)"], { encoding: "utf8" }));

/** A bare Next page (a heading and a paragraph), the same Next and React versions, built now. */
async function startBareNext(port: number) {
  const dir = mkdtempSync(path.join(tmpdir(), "bare-next-"));
  mkdirSync(path.join(dir, "app"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bare-next", private: true, dependencies: { next: nextVersion, react: reactVersion, "react-dom": reactVersion } }));
  writeFileSync(path.join(dir, "next.config.mjs"), "export default {};\n");
  writeFileSync(path.join(dir, "app", "layout.jsx"), 'export const metadata = { title: "Bare", description: "A bare Next.js page" };\nexport default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n');
  writeFileSync(path.join(dir, "app", "page.jsx"), "export default function Page() { return <main><h1>Hello</h1><p>A bare Next.js 16 page.</p></main>; }\n");
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  for (const [command, args] of [["npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"]], [process.execPath, ["node_modules/next/dist/bin/next", "build"]]] as const) {
    if (spawnSync(command, args, { cwd: dir, env, stdio: "inherit" }).status !== 0) throw new Error(`bare Next: ${command} ${args.join(" ")} failed`);
  }
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], { cwd: dir, env, detached: true, stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url: `http://localhost:${port}/`,
    stop: () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {}
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Scores = { performance: number; accessibility: number; "best-practices": number; seo: number; scriptKb: number; tbt: number; cls: number };

async function audit(url: string, port: number): Promise<Scores> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] });
  const lhr = result!.lhr;
  const summary = (lhr.audits["resource-summary"].details as unknown as { items: Array<{ resourceType: string; transferSize: number }> }).items;
  const score = (id: string) => lhr.categories[id].score ?? 0;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    "best-practices": score("best-practices"),
    seo: score("seo"),
    scriptKb: (summary.find((i) => i.resourceType === "script")?.transferSize ?? 0) / 1024,
    tbt: lhr.audits["total-blocking-time"].numericValue ?? 0,
    cls: lhr.audits["cumulative-layout-shift"].numericValue ?? 0,
  };
}

const folder = pgliteFolder();
const bare = await startBareNext(Number(process.env.BARE_PORT || 3190));
const server = await startServer({ PGLITE_DIR: folder.dir, SEED_DEMO: "1" });
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
let failed = false;
try {
  const guide = (await (await fetch(`${server.url}/api/v1/guide?locale=zh`)).json())[0].slug as string;
  const pages: Array<[string, string]> = [
    ["bare Next 16 page", bare.url],
    ["/", `${server.url}/`],
    [`/guide/${guide}`, `${server.url}/guide/${guide}`],
    ["/operators/mts", `${server.url}/operators/mts`],
  ];
  const rows: Array<[string, Scores]> = [];
  for (const [name, url] of pages) {
    await fetch(url); // rendered once, then served from the cache like any later visit
    rows.push([name, await audit(url, chrome.port)]);
  }
  console.log("\nLighthouse 12, mobile, one run\n");
  console.log("| page | performance | accessibility | best practices | SEO | script (KB gz) | TBT ms | CLS |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const [name, s] of rows) {
    console.log(`| ${name} | ${s.performance.toFixed(2)} | ${s.accessibility.toFixed(2)} | ${s["best-practices"].toFixed(2)} | ${s.seo.toFixed(2)} | ${s.scriptKb.toFixed(1)} | ${s.tbt.toFixed(0)} | ${s.cls.toFixed(3)} |`);
  }
  const baseline = rows[0][1];
  console.log("\nTargets");
  for (const [name, s] of rows.slice(1)) {
    const checks: Array<[string, boolean]> = [
      [`performance within 0.05 of the bare page (${s.performance.toFixed(2)} vs ${baseline.performance.toFixed(2)})`, s.performance >= baseline.performance - 0.05],
      [`accessibility, best practices, SEO ≥ 0.95`, s.accessibility >= 0.95 && s["best-practices"] >= 0.95 && s.seo >= 0.95],
      [`script within 15 KB of the bare page (${(s.scriptKb - baseline.scriptKb).toFixed(1)} KB more)`, s.scriptKb - baseline.scriptKb <= 15],
    ];
    for (const [text, ok] of checks) {
      console.log(`  ${ok ? "met " : "MISS"}  ${name}: ${text}`);
      failed ||= !ok;
    }
  }
} finally {
  await chrome.kill();
  await server.stop();
  bare.stop();
  folder.cleanup();
}
process.exit(failed ? 1 : 0);
