/**
 * Runs a project's consumer/lifecycle.ts — its generated client doing generate → status until
 * completed → list → user → video — in its own Node process against the simulator, then checks the
 * outcome from outside, with plain HTTP and ffprobe.
 */
import { readFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Catalog } from "@videogenapi/tooling/catalog";
import { execOk } from "./exec.ts";
import type { RunningSimulator } from "./simulator.ts";
import { isH264Mp4 } from "./video.ts";

const runner = fileURLToPath(new URL("./runner.mjs", import.meta.url));

export interface LifecycleOutcome {
  /** Empty when the lifecycle is right; otherwise what was wrong. */
  problems: string[];
  /** Whether the client's own call for GET /v1/video/{id} gave the MP4's exact bytes. */
  clientVideoIntact: boolean;
  /** "bytes", "text" or "null": what that call returned. */
  clientVideoKind: string;
  generationId: string;
  statuses: string[];
  videoBytes: number;
}

export async function runLifecycle(projectDir: string, outDir: string, sim: RunningSimulator, request: Record<string, unknown>, catalog: Catalog): Promise<LifecycleOutcome> {
  const runDir = join(outDir, "run");
  await mkdir(runDir, { recursive: true });
  const bundle = join(runDir, "lifecycle.mjs");
  // esbuild only strips the types (tsc checks them separately) and bundles the client's runtime deps.
  await build({ entryPoints: [join(projectDir, "consumer", "lifecycle.ts")], outfile: bundle, bundle: true, format: "esm", platform: "node", target: "node20", logLevel: "error" });
  const input = join(runDir, "input.json");
  await writeFile(input, JSON.stringify({ baseUrl: sim.url, apiKey: sim.key, request }));
  const output = await execOk(process.execPath, [runner, bundle, input, runDir], { cwd: runDir, timeout: 90_000 });
  const line = /^RESULT (.*)$/m.exec(output);
  if (!line) throw new Error(`the lifecycle printed no result:\n${output}`);
  const result = JSON.parse(line[1]!) as { generationId: string; statuses: string[]; listedIds: string[]; monthUsage: number; clientKind: string };

  const problems: string[] = [];
  const unknown = result.statuses.filter((s) => !catalog.statuses.includes(s));
  if (unknown.length > 0) problems.push(`statuses not in the spec: ${unknown.join(", ")}`);
  if (result.statuses.at(-1) !== "completed") problems.push(`polling ended at ${result.statuses.at(-1)}, not completed`);
  if (!result.listedIds.includes(result.generationId)) problems.push(`GET /v1/generations did not list ${result.generationId}`);
  if (!(result.monthUsage >= 1)) problems.push(`GET /v1/user reported a month usage of ${result.monthUsage}`);

  // From outside: the server has this generation, completed, and serves exactly the bytes the client got.
  const status = await (await fetch(`${sim.url}/v1/status/${result.generationId}`, { headers: { Authorization: `Bearer ${sim.key}` } })).json();
  if (status.status !== "completed") problems.push(`the server says ${result.generationId} is ${status.status}`);
  const served = new Uint8Array(await (await fetch(`${sim.url}/v1/video/${result.generationId}`)).arrayBuffer());
  const video = new Uint8Array(await readFile(join(runDir, "video.mp4")));
  if (!Buffer.from(video).equals(Buffer.from(served))) problems.push(`the video has ${video.length} bytes, the server serves ${served.length} different ones`);
  if (!(await isH264Mp4(join(runDir, "video.mp4")))) problems.push("ffprobe finds no H.264 stream in an MP4 container");

  let clientVideoIntact = false;
  if (result.clientKind !== "null") {
    const clientVideo = await readFile(join(runDir, "client-video.bin"));
    clientVideoIntact = clientVideo.equals(Buffer.from(served));
  }
  return { problems, clientVideoIntact, clientVideoKind: result.clientKind, generationId: result.generationId, statuses: result.statuses, videoBytes: video.length };
}
