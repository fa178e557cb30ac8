/**
 * The built simulator on a free loopback port, fast enough that a short generation completes in
 * about a second, with the rate limit off (the matrix polls quickly).
 */
import { startSimulator, type RunningSimulator } from "@videogenapi/tooling/simulator";

export { startSimulator, type RunningSimulator };

export function startFastSimulator(): Promise<RunningSimulator> {
  return startSimulator(["--host", "127.0.0.1", "--speed", "200", "--rate-limit", "0"]);
}
