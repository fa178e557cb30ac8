import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { VideoGen } from "@videogenapi/sdk";

// The local simulator's address and development key, unless the environment names others.
const client = new VideoGen({
  apiKey: process.env.VIDEOGEN_API_KEY ?? "lt_dev_videogen_local",
  baseUrl: process.env.VIDEOGEN_BASE_URL ?? "http://127.0.0.1:4010",
});

const job = await client.generate({ model: "kling_25", prompt: "A cat playing with a ball", duration: 5, resolution: "480p" });
console.log(`Submitted ${job.generation_id}`);

const done = await client.wait(job, { timeout: 120_000, onProgress: (g) => console.log(`  ${g.status}`) });
// download() is a web ReadableStream; Readable.fromWeb turns it into a Node stream for the file.
const file = createWriteStream("video.mp4");
await pipeline(Readable.fromWeb(await client.download(done)), file);
console.log(`Saved video.mp4 (${file.bytesWritten} bytes) with Node ${process.versions.node}`);
