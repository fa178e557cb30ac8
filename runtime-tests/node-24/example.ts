import { VideoGen, type GenerateRequest, type Generation } from "@videogenapi/sdk";
import { saveVideo } from "@videogenapi/sdk/node";

// The local simulator's address and development key, unless the environment names others.
const client = new VideoGen({
  apiKey: process.env.VIDEOGEN_API_KEY ?? "lt_dev_videogen_local",
  baseUrl: process.env.VIDEOGEN_BASE_URL ?? "http://127.0.0.1:4010",
});

const request: GenerateRequest = { model: "kling_25", prompt: "A cat playing with a ball", duration: 5, resolution: "480p" };
const job = await client.generate(request);
console.log(`Submitted ${job.generation_id}`);

const report = (g: Generation) => console.log(`  ${g.status}`);
const done = await client.wait(job, { timeout: 120_000, onProgress: report });
const bytes = await saveVideo(client, done, "video.mp4");
console.log(`Saved video.mp4 (${bytes} bytes) with Node ${process.versions.node}`);
