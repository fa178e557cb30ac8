import { VideoGen } from "@videogenapi/sdk";

const client = new VideoGen(); // reads VIDEOGEN_API_KEY and VIDEOGEN_BASE_URL (--allow-env)

const job = await client.generate({ model: "kling_25", prompt: "Waves at dusk", duration: 5, resolution: "480p" });
const done = await client.wait(job, { timeout: 10 * 60_000 });

// Write only: Deno.open with these flags needs --allow-write for this one file and no read permission.
const file = await Deno.open("waves.mp4", { write: true, create: true, truncate: true });
await (await client.download(done)).pipeTo(file.writable);
console.log(`Saved waves.mp4 from ${done.video_url}`);
