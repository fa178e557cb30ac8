import { VideoGen } from "@videogenapi/sdk";

export const config = { runtime: "edge" };

// A demo that waits inside one request; a production function would submit in one request and
// let the caller poll (or check in a Cron Job).
export default async function handler(request) {
  const client = new VideoGen({ apiKey: process.env.VIDEOGEN_API_KEY, baseUrl: process.env.VIDEOGEN_BASE_URL });
  const job = await client.generate({ model: "kling_25", prompt: "A cat playing with a ball", duration: 5, resolution: "480p" });
  const done = await client.wait(job, { timeout: 120_000 });
  return new Response(await client.download(done), { headers: { "content-type": "video/mp4" } });
}
