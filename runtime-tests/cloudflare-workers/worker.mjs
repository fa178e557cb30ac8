import { VideoGen } from "@videogenapi/sdk";

// A demo that waits inside one request; a production Worker would submit in one request and
// check later (a Cron Trigger, a Queue, or the caller polling).
export default {
  async fetch(request, env) {
    const client = new VideoGen({ apiKey: env.VIDEOGEN_API_KEY, baseUrl: env.VIDEOGEN_BASE_URL });
    const job = await client.generate({ model: "kling_25", prompt: "A cat playing with a ball", duration: 5, resolution: "480p" });
    const done = await client.wait(job, { timeout: 120_000 });
    return new Response(await client.download(done), { headers: { "content-type": "video/mp4" } });
  },
};
