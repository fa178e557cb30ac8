/**
 * The built simulator on a free loopback port, and the environment that points the CLI at it.
 * `--speed` sets how fast generations run: fast for most tests, slow where a test must catch one
 * mid-way (progress bar, Ctrl-C, timeout). Its request log shows when the CLI has started polling.
 */
import { simulatorBin } from "@videogenapi/tooling/simulator";
import { spawnListening, type ListeningProcess } from "@videogenapi/tooling/spawn-listening";
import { afterAll, beforeAll } from "vitest";

/** A key the tests recognise anywhere it might leak; the simulator accepts it as a second key. */
export const CANARY_KEY = "lt_canary_4f1d9c2b7e6a_must_never_print";
/** The simulator's development key: public, printed in its own banner. */
export const DEV_KEY = "lt_dev_videogen_local";

export interface Simulator {
  url: string;
  /** VIDEOGEN_API_KEY (the development key) and VIDEOGEN_BASE_URL for the CLI. */
  env: Record<string, string>;
  /** Resolves once the request log has a line matching `pattern` (e.g. the CLI's first status poll). */
  logged(pattern: RegExp, timeoutMs?: number): Promise<void>;
}

/** Starts one simulator for the test file (stopped after it). */
export function useSimulator(speed: number): Simulator {
  let server: ListeningProcess | undefined;
  const sim: Simulator = {
    url: "",
    env: {},
    async logged(pattern, timeoutMs = 15_000) {
      for (const until = Date.now() + timeoutMs; !pattern.test(server!.output()); ) {
        if (Date.now() > until) throw new Error(`the simulator logged no ${pattern} in ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
  beforeAll(async () => {
    const args = ["--port", "0", "--speed", String(speed), "--monthly-limit", "1000", "--key", `${CANARY_KEY}:1000`];
    server = await spawnListening(process.execPath, [simulatorBin, ...args]);
    sim.url = server.url;
    sim.env = { VIDEOGEN_API_KEY: DEV_KEY, VIDEOGEN_BASE_URL: server.url };
  });
  afterAll(() => server?.stop());
  return sim;
}
