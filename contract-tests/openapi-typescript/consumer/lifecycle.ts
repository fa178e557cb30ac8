/** generate → status until completed → list → user → video, with openapi-fetch over the generated paths. */
import createClient from "openapi-fetch";
import type { LifecycleInput, LifecycleResult } from "@videogenapi/contract-test-harness/consumer";
import type { paths } from "../.out/generated/schema";
import type { GenerateBody, Status } from "./types";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function lifecycle({ baseUrl, apiKey, request }: LifecycleInput<GenerateBody>): Promise<LifecycleResult> {
  const client = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${apiKey}` } });

  const created = await client.POST("/v1/generate", { body: request });
  if (!created.data) throw new Error(`generate: ${JSON.stringify(created.error)}`);
  const id = created.data.generation_id;

  const statuses: Status[] = [];
  for (const deadline = Date.now() + 60_000; ; await sleep(50)) {
    const { data, error } = await client.GET("/v1/status/{generation_id}", { params: { path: { generation_id: id } } });
    if (!data) throw new Error(`status: ${JSON.stringify(error)}`);
    statuses.push(data.status);
    if (data.status === "completed") break;
    if (data.status === "failed") throw new Error(`generation failed: ${data.error.code}`);
    if (Date.now() > deadline) throw new Error(`still ${data.status} after 60 s`);
  }

  const list = await client.GET("/v1/generations", { params: { query: { page: 1 } } });
  if (!list.data) throw new Error(`list: ${JSON.stringify(list.error)}`);
  const user = await client.GET("/v1/user");
  if (!user.data) throw new Error(`user: ${JSON.stringify(user.error)}`);

  const video = await client.GET("/v1/video/{generation_id}", { params: { path: { generation_id: id } }, parseAs: "arrayBuffer" });
  if (!video.data) throw new Error(`video: ${JSON.stringify(video.error)}`);
  const bytes = new Uint8Array(video.data);

  return {
    generationId: id,
    statuses,
    listedIds: list.data.generations.map((g) => g.generation_id),
    monthUsage: user.data.usage.current_month_usage,
    clientVideo: bytes,
    video: bytes,
  };
}
