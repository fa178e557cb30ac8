/**
 * One runtime's end-to-end run: a fresh consumer project with the packed SDK, a fresh simulator,
 * the runtime's example (`run` returns the bytes it downloaded), the video check, one result line.
 */
import { performance } from "node:perf_hooks";
import { cleanEnv, consumerProject } from "./project.mjs";
import { startSimulator } from "./simulator.mjs";
import { listGenerations, verifyVideo } from "./verify.mjs";

/**
 * @param {{ runtime: string, from: string, files: string[], packageJson?: object,
 *   run: (ctx: { dir: string, sim: { baseUrl: string, apiKey: string }, env: Record<string, string> }) => Promise<Uint8Array> }} options
 */
export async function runExample({ runtime, from, files, packageJson, run }) {
  const started = performance.now();
  let project;
  let sim;
  try {
    project = await consumerProject(runtime, from, files, packageJson);
    sim = await startSimulator();
    // The example reads the server and key from the environment, defaulting to the simulator's usual ones.
    const env = cleanEnv({ VIDEOGEN_API_KEY: sim.apiKey, VIDEOGEN_BASE_URL: sim.baseUrl });
    const before = new Set((await listGenerations(sim)).map((g) => g.generation_id));
    const bytes = await run({ dir: project.dir, sim, env });
    const result = await verifyVideo(sim, before, bytes);
    await project.remove(); // kept only when the run fails, to look into
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`PASS ${runtime}: generate → wait → download, ${result.bytes} bytes of MP4 (${seconds} s)`);
    return result;
  } catch (error) {
    const kept = project ? ` (project kept at ${project.dir})` : "";
    console.log(`FAIL ${runtime}: ${String(error.message).split("\n")[0]}${kept}`);
    throw error;
  } finally {
    await sim?.stop();
  }
}
