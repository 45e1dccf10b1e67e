/**
 * The embedded database belongs to one process. With `npm start` running on a PGlite folder,
 * a second `npm start`, `npm run dev` and the operator scripts on the same folder stop with a
 * clear message and a non-zero exit, without touching it; the first server keeps serving.
 * Once it stops, the folder is free; a lock left by a dead process is taken over.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { appEnv, requireBuild, runScript, startApp, waitHealthy, type RunningApp } from "./support/app";
import { check, finish, heading, opsPort } from "./support/check";
import { createPgliteDatabase } from "./support/database";
import { addressOf, postReport, reportBody } from "./support/http";

requireBuild();
const db = createPgliteDatabase("lock");
const env = appEnv({ ...db.env, REPORT_LIMIT_PER_HOUR: "1000" });
const IN_USE = /The embedded database in .* is in use by another process \(pid (\d+)\)/;
let app: RunningApp | null = null;
try {
  heading("PGlite: one process per folder");
  app = startApp({ port: opsPort(4), env });
  await waitHealthy(app);
  const before = await postReport(app.base, reportBody(1), addressOf(1));
  check("the first server serves", before.kind === "answered" && before.status === 201);

  for (const [label, args] of [
    ["a second npm start", ["dist/server.js"]],
    ["npm run dev", ["dist/server.js", "--dev"]],
  ] as const) {
    const started = Date.now();
    const second = spawnSync(process.execPath, [...args], { env: { ...env, PORT: String(opsPort(5)) }, encoding: "utf8", timeout: 60_000 });
    const said = IN_USE.exec(second.stderr)?.[1];
    check(
      `${label} on the same folder exits 1 with a clear message naming the owner`,
      second.status === 1 && said === String(app.child.pid) && !/\n\s+at /.test(second.stderr),
      `exit ${second.status} after ${((Date.now() - started) / 1000).toFixed(1)} s: ${second.stderr.trim().split("\n")[0]}`,
    );
  }
  const listening = await fetch(`http://localhost:${opsPort(5)}/api/health`).then(() => true, () => false);
  check("…and never listened", !listening);

  // something that looks like a PGlite folder dump (gzip): restore gets as far as the lock
  writeFileSync(path.join(path.dirname(db.dir!), "looks-like.tgz"), Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]));
  for (const [script, args] of [
    ["user-create", ["someone@ops.test", "member", "Someone"]],
    ["stats-verify", []],
    ["db-backup", [path.join(path.dirname(db.dir!), "backup.tgz")]],
    ["db-restore", ["--force", path.join(path.dirname(db.dir!), "looks-like.tgz")]],
  ] as const) {
    const result = runScript(script, [...args], { ...env, USER_PASSWORD: "a long enough passphrase" });
    check(`npm run ${script} on the same folder refuses with the message`, result.status === 1 && IN_USE.test(result.stderr) && !/\n\s+at /.test(result.stderr), `exit ${result.status}`);
  }

  const after = await postReport(app.base, reportBody(2), addressOf(2));
  check("the first server still serves, its data intact", after.kind === "answered" && after.status === 201 && (await fetch(`${app.base}/api/v1/reports/${before.kind === "answered" ? before.id : ""}`)).status === 200);
  const stopped = await app.stop();
  app = null;
  check("it stops cleanly and frees the folder", stopped.code === 0);

  const verify = runScript("stats-verify", [], env);
  check("with the server stopped, the scripts work on the folder", verify.status === 0, verify.stdout.trim());

  // a lock whose process is gone (a crash) is taken over; ours is pid 1's child space, so use a dead pid
  const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
  writeFileSync(path.join(db.dir!, "sim-exit.lock"), `${dead}\n`);
  app = startApp({ port: opsPort(4), env });
  await waitHealthy(app);
  check("a stale lock (its process gone) is taken over", true);
  await app.stop();
  app = null;
  finish("lock");
} catch (error) {
  finish("lock", error);
} finally {
  if (app) await app.kill();
  await db.drop();
}
