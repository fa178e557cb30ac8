/** generate → status until completed → list → user → video, with the Api class swagger-typescript-api generated. */
import type { LifecycleInput, LifecycleResult } from "@videogenapi/contract-test-harness/consumer";
import { Api } from "../.out/generated/api";
import type { GenerateBody, Status } from "./types";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function lifecycle({ baseUrl, apiKey, request }: LifecycleInput<GenerateBody>): Promise<LifecycleResult> {
  // The security worker adds the bearer token to every operation the spec marks as secured.
  const api = new Api<string>({ baseUrl, securityWorker: (key) => (key ? { headers: { Authorization: `Bearer ${key}` } } : {}) });
  api.setSecurityData(apiKey);

  // Non-2xx answers reject with the response; its `error` holds the error body.
  const created = await api.v1.generateVideo(request);
  const id = created.data.generation_id;

  const statuses: Status[] = [];
  for (const deadline = Date.now() + 60_000; ; await sleep(50)) {
    const { data: generation } = await api.v1.getStatus(id);
    statuses.push(generation.status);
    if (generation.status === "completed") break;
    if (generation.status === "failed") throw new Error(`generation failed: ${generation.error.code}`);
    if (Date.now() > deadline) throw new Error(`still ${generation.status} after 60 s`);
  }

  const list = await api.v1.listGenerations({ page: 1 });
  const user = await api.v1.getUser();

  // The generated call sets no response format for video/mp4, so `data` (typed Blob) stays null;
  // asking for one per call (`format: "blob"`) reads the body.
  const plain = await api.v1.getVideo(id);
  const clientVideo: Blob | null = plain.data;
  const video = (await api.v1.getVideo(id, { format: "blob" })).data;

  return {
    generationId: id,
    statuses,
    listedIds: list.data.generations.map((g) => g.generation_id),
    monthUsage: user.data.usage.current_month_usage,
    clientVideo: clientVideo === null ? null : new Uint8Array(await clientVideo.arrayBuffer()),
    video: new Uint8Array(await video.arrayBuffer()),
  };
}
