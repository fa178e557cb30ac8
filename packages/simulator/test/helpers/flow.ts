/** The smoke flow every runtime must pass: generate → poll status to completed → download the video. */
import { expect } from "vitest";
import { call, generate, waitForEnd } from "./simulator.ts";

export async function generateWaitDownload(url: string): Promise<{ id: string; seen: string[]; video: Uint8Array; headers: Headers }> {
  const created = await generate(url, { model: "kling_25", prompt: "A cat playing with a ball", duration: 5, resolution: "480p" });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  expect(created.body).toMatchObject({ success: true, status: "pending", model: { key: "kling_25" } });
  const id = created.body.generation_id as string;

  // Validation runs there too (a body error names the parameter).
  const rejected = await generate(url, { model: "kling_25", prompt: "A cat", resolution: "4k" });
  expect(rejected.status).toBe(400);
  expect(rejected.body.error).toMatchObject({ code: "invalid_parameter", param: "resolution" });

  const { final, seen } = await waitForEnd(url, id, undefined, 20_000);
  expect(final.status).toBe("completed");
  expect(final.video_url).toBe(`${url}/v1/video/${id}`);

  const response = await fetch(final.video_url);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("video/mp4");
  const video = new Uint8Array(await response.arrayBuffer());
  expect(video.byteLength).toBe(Number(response.headers.get("content-length")));
  // An MP4 starts with its `ftyp` box.
  expect(new TextDecoder().decode(video.subarray(4, 8))).toBe("ftyp");
  return { id, seen, video, headers: response.headers };
}
