/** generate → status until completed → list → user → video, with the services openapi-typescript-codegen generated. */
import type { LifecycleInput, LifecycleResult } from "@videogenapi/contract-test-harness/consumer";
import { AccountService, GenerationService, OpenAPI, VideoService } from "../.out/generated";
import type { GenerateBody, Status } from "./types";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function lifecycle({ baseUrl, apiKey, request }: LifecycleInput<GenerateBody>): Promise<LifecycleResult> {
  // The generated client is configured through one global object; TOKEN becomes the bearer token.
  OpenAPI.BASE = baseUrl;
  OpenAPI.TOKEN = apiKey;

  const created = await GenerationService.generateVideo(request);
  const id = created.generation_id;

  const statuses: Status[] = [];
  let videoUrl: string;
  for (const deadline = Date.now() + 60_000; ; await sleep(50)) {
    const generation = await GenerationService.getStatus(id);
    statuses.push(generation.status);
    if (generation.status === "completed") {
      videoUrl = generation.video_url;
      break;
    }
    if (generation.status === "failed") throw new Error(`generation failed: ${generation.error.code}`);
    if (Date.now() > deadline) throw new Error(`still ${generation.status} after 60 s`);
  }

  const list = await GenerationService.listGenerations(1);
  const user = await AccountService.getUser();

  // The generated call reads every answer that is not JSON with response.text(), so the MP4
  // comes back as a string, its bytes mangled by UTF-8 decoding; the video_url is the way round.
  const clientVideo = await VideoService.getVideo(id);
  const video = new Uint8Array(await (await fetch(videoUrl)).arrayBuffer());

  return {
    generationId: id,
    statuses,
    listedIds: list.generations.map((g) => g.generation_id),
    monthUsage: user.usage.current_month_usage,
    clientVideo,
    video,
  };
}
