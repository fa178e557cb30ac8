/** generate → status until completed → list → user → video, with the fetch functions orval generated. */
import type { LifecycleInput, LifecycleResult } from "@videogenapi/contract-test-harness/consumer";
import { generateVideo, getStatus, getUser, getVideo, listGenerations } from "../.out/generated/api";
import type { GenerateBody, Status } from "./types";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The base URL was fixed at generation time (orval.config.mjs); the key goes with each call.
export async function lifecycle({ apiKey, request }: LifecycleInput<GenerateBody>): Promise<LifecycleResult> {
  const auth: RequestInit = { headers: { Authorization: `Bearer ${apiKey}` } };

  const created = await generateVideo(request, auth);
  if (created.status !== 200) throw new Error(`generate: ${created.status} ${JSON.stringify(created.data)}`);
  const id = created.data.generation_id;

  const statuses: Status[] = [];
  for (const deadline = Date.now() + 60_000; ; await sleep(50)) {
    const answer = await getStatus(id, auth);
    if (answer.status !== 200) throw new Error(`status: ${answer.status} ${JSON.stringify(answer.data)}`);
    const generation = answer.data;
    statuses.push(generation.status);
    if (generation.status === "completed") break;
    if (generation.status === "failed") throw new Error(`generation failed: ${generation.error.code}`);
    if (Date.now() > deadline) throw new Error(`still ${generation.status} after 60 s`);
  }

  const list = await listGenerations({ page: 1 }, auth);
  if (list.status !== 200) throw new Error(`list: ${list.status} ${JSON.stringify(list.data)}`);
  const user = await getUser(auth);
  if (user.status !== 200) throw new Error(`user: ${user.status} ${JSON.stringify(user.data)}`);

  const video = await getVideo(id);
  if (video.status !== 200) throw new Error(`video: ${video.status} ${JSON.stringify(video.data)}`);
  const bytes = new Uint8Array(await video.data.arrayBuffer());

  return {
    generationId: id,
    statuses,
    listedIds: list.data.generations.map((g) => g.generation_id),
    monthUsage: user.data.usage.current_month_usage,
    clientVideo: bytes,
    video: bytes,
  };
}
