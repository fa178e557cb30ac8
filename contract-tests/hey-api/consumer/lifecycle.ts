/** generate → status until completed → list → user → video, with the SDK functions @hey-api/openapi-ts generated. */
import type { LifecycleInput, LifecycleResult } from "@videogenapi/contract-test-harness/consumer";
import { createClient } from "../.out/generated/client";
import { generateVideo, getStatus, getUser, getVideo, listGenerations } from "../.out/generated/sdk.gen";
import type { GenerateBody, Status } from "./types";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function lifecycle({ baseUrl, apiKey, request }: LifecycleInput<GenerateBody>): Promise<LifecycleResult> {
  // `auth` fills the bearer scheme the spec declares for each operation.
  const client = createClient({ baseUrl, auth: apiKey });

  const created = await generateVideo({ client, body: request });
  if (!created.data) throw new Error(`generate: ${JSON.stringify(created.error)}`);
  const id = created.data.generation_id;

  const statuses: Status[] = [];
  for (const deadline = Date.now() + 60_000; ; await sleep(50)) {
    const { data, error } = await getStatus({ client, path: { generation_id: id } });
    if (!data) throw new Error(`status: ${JSON.stringify(error)}`);
    statuses.push(data.status);
    if (data.status === "completed") break;
    if (data.status === "failed") throw new Error(`generation failed: ${data.error.code}`);
    if (Date.now() > deadline) throw new Error(`still ${data.status} after 60 s`);
  }

  const list = await listGenerations({ client, query: { page: 1 } });
  if (!list.data) throw new Error(`list: ${JSON.stringify(list.error)}`);
  const user = await getUser({ client });
  if (!user.data) throw new Error(`user: ${JSON.stringify(user.error)}`);

  // No parseAs: the client picks the body parser from the answer's Content-Type (video/mp4 → Blob).
  const video = await getVideo({ client, path: { generation_id: id } });
  if (!video.data) throw new Error(`video: ${JSON.stringify(video.error)}`);
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
