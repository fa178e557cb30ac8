import { VideoGen } from "@videogenapi/sdk";

// The local simulator's address and development key, unless the environment names others.
const client = new VideoGen({
  apiKey: Bun.env.VIDEOGEN_API_KEY ?? "lt_dev_videogen_local",
  baseUrl: Bun.env.VIDEOGEN_BASE_URL ?? "http://127.0.0.1:4010",
});

const job = await client.generate({ model: "kling_25", prompt: "A cat playing with a ball", duration: 5, resolution: "480p" });
console.log(`Submitted ${job.generation_id}`);

const done = await client.wait(job, { timeout: 120_000, onProgress: (g) => console.log(`  ${g.status}`) });
const bytes = await Bun.write("video.mp4", new Response(await client.download(done)));
console.log(`Saved video.mp4 (${bytes} bytes)`);
