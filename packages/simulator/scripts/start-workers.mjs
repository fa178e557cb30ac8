/**
 * `start:workers`: team mode on a local workerd (`wrangler dev`), state kept in .wrangler/state.
 * Takes wrangler dev's flags as they are (`-- --port 8790` included: the `--` that pnpm passes on
 * is dropped) and skips fetching Request.cf from the network (the simulator never reads it), so it
 * starts offline.
 */
import { spawn } from "node:child_process";

const args = process.argv.slice(2);
if (args[0] === "--") args.shift();
const child = spawn("wrangler", ["dev", "--persist-to", ".wrangler/state", ...args], {
  stdio: "inherit",
  env: { CLOUDFLARE_CF_FETCH_ENABLED: "false", ...process.env },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
