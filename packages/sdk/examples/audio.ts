import { VideoGen } from "@videogenapi/sdk";

const client = new VideoGen();

const job = await client.generate({
  model: "wan-25",
  prompt: "Rain on a tin roof at night",
  duration: 5,
  resolution: "480p",
  add_audio: true, // sound effects, made after the video under the same id
  audio_prompt: "steady rain, distant thunder",
});
const done = await client.wait(job, {
  timeout: 10 * 60_000,
  onProgress: (g) => g.status === "in_progress" && console.log(`in_progress, phase ${g.phase ?? "video"}`),
});
console.log(`With audio: ${done.video_url}`);
