import { VideoGen } from "@videogenapi/sdk";

const client = new VideoGen({ apiKey: "YOUR_API_KEY" });

const job = await client.generate({
  model: "kling_25",
  prompt: "A cat playing with a ball in a sunny garden",
  duration: 10,
  resolution: "1080p",
  aspect_ratio: "16:9",
  seed: 42,
});
console.log(job.generation_id, job.status);

// Wait until it is done (with a hard deadline), then print the public video URL.
const done = await client.wait(job, { timeout: 600_000, onProgress: (s) => console.log(s.status) });
console.log(done.video_url);
