/** `npm run bench`: every benchmark under bench/ (today: the statistics API). */
import { spawnSync } from "node:child_process";

const result = spawnSync("npx", ["tsx", "--conditions=react-server", "bench/stats.ts"], { stdio: "inherit", env: process.env });
process.exit(result.status ?? 1);
