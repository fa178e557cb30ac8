import { UserAbortError, VideoGen } from "@videogenapi/sdk";

const client = new VideoGen();
const job = await client.generate({ model: "kling_25", prompt: "A slow sunrise over the sea", duration: 10 });

// Ctrl-C stops waiting at once (the poll in flight too), not the generation: it goes on on the server.
const controller = new AbortController();
process.once("SIGINT", () => controller.abort());
console.log(`Waiting for ${job.generation_id} (Ctrl-C to stop)`);
try {
  const done = await client.wait(job, { signal: controller.signal, timeout: 10 * 60_000 });
  console.log(`Completed: ${done.video_url}`);
} catch (error) {
  if (!(error instanceof UserAbortError)) throw error;
  console.log(`Stopped waiting; resume with client.wait("${job.generation_id}")`);
  process.exitCode = 130;
}
