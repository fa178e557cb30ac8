/**
 * Starts the built simulator (its `videogen-simulator` bin) on a free loopback port, fast enough
 * that a short generation completes in well under a second, and stops it again.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const bin = join(dirname(require.resolve("@videogenapi/simulator/package.json")), "dist", "bin.js");

/** The simulator's development key: public, printed in its own banner, only valid locally. */
export const DEV_KEY = "lt_dev_videogen_local";

export function startSimulator({ speed = 2000, timeout = 30_000 } = {}) {
  if (!existsSync(bin)) throw new Error("The simulator is not built: run `pnpm --filter @videogenapi/simulator build`");
  const child = spawn(process.execPath, [bin, "--host", "127.0.0.1", "--port", "0", "--speed", String(speed), "--quiet"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };

  return new Promise((resolve, reject) => {
    const fail = (why) => {
      clearTimeout(timer);
      void stop();
      reject(new Error(`simulator ${why}:\n${output.trim()}`));
    };
    const timer = setTimeout(() => fail(`printed no address within ${timeout} ms`), timeout);
    const early = (code) => fail(`exited early (${code})`);
    child.once("exit", early);
    const onData = (chunk) => {
      output += chunk;
      // The banner's first line: "VideoGen API simulator listening on http://127.0.0.1:PORT".
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.off("exit", early);
      child.stdout.off("data", onData);
      child.stdout.resume(); // keep draining so the pipe never fills
      resolve({ baseUrl: match[1], apiKey: DEV_KEY, stop });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk) => (output += chunk));
  });
}
