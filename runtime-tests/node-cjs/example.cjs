const { VideoGen } = require("@videogenapi/sdk");
const { saveVideo } = require("@videogenapi/sdk/node");

// The local simulator's address and development key, unless the environment names others.
const client = new VideoGen({
  apiKey: process.env.VIDEOGEN_API_KEY ?? "lt_dev_videogen_local",
  baseUrl: process.env.VIDEOGEN_BASE_URL ?? "http://127.0.0.1:4010",
});

async function main() {
  const job = await client.generate({ model: "kling_25", prompt: "A cat playing with a ball", duration: 5, resolution: "480p" });
  console.log(`Submitted ${job.generation_id}`);

  const done = await client.wait(job, { timeout: 120_000, onProgress: (g) => console.log(`  ${g.status}`) });
  const bytes = await saveVideo(client, done, "video.mp4");
  console.log(`Saved video.mp4 (${bytes} bytes)`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
