/**
 * `start:workers`: team mode on a local workerd (`wrangler dev`), state kept in .wrangler/state.
 * Takes wrangler dev's flags as they are (`-- --port 8790` included: the `--` that pnpm passes on
 * is dropped) and skips fetching Request.cf from the network (the simulator never reads it), so it
 * starts offline. Wrangler's usage metrics are off unless WRANGLER_SEND_METRICS says otherwise: a local
 * simulator has nothing to report.
 */
import { spawn } from "node:child_process";

const args = process.argv.slice(2);
if (args[0] === "--") args.shift();
const child = spawn("wrangler", ["dev", "--persist-to", ".wrangler/state", ...args], {
  stdio: "inherit",
  env: { CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false", ...process.env },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
