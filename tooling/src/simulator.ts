/**
 * Starts the built simulator (packages/simulator/dist/bin.js) on a free loopback port and stops it.
 * For tests outside the simulator package: docs samples and the like.
 */
import { repoRoot } from "./paths.ts";
import { spawnListening, type ListeningProcess } from "./spawn-listening.ts";

export interface RunningSimulator extends ListeningProcess {
  /** The development key it accepts. */
  key: string;
}

export const simulatorBin = `${repoRoot}packages/simulator/dist/bin.js`;

export async function startSimulator(args: string[] = []): Promise<RunningSimulator> {
  const server = await spawnListening(process.execPath, [simulatorBin, "--port", "0", "--quiet", ...args]).catch((error: Error) => {
    throw new Error(`${error.message}\n(built? run pnpm --filter @videogenapi/simulator build)`);
  });
  const key = /Development key: (\S+)/.exec(server.output())?.[1] ?? "lt_dev_videogen_local";
  return { ...server, key };
}
