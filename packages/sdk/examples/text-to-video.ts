import { VideoGen } from "@videogenapi/sdk";
import { saveVideo } from "@videogenapi/sdk/node";

const client = new VideoGen(); // VIDEOGEN_API_KEY, and VIDEOGEN_BASE_URL when set

const job = await client.generate({ model: "kling_25", prompt: "A cat playing with a ball in a sunny garden", duration: 5, resolution: "480p" });
console.log(`Submitted ${job.generation_id}`);

const done = await client.wait(job, { timeout: 10 * 60_000 });
const bytes = await saveVideo(client, done, "cat.mp4");
console.log(`Saved cat.mp4 (${bytes} bytes)`);
