import { VideoGen } from "@videogenapi/sdk";

// For a local tool against the simulator only: never put a real API key in a page. In production the
// page gets the generation id or video_url (which is public) from your server.
const api = new URLSearchParams(location.search).get("api") ?? "http://127.0.0.1:4010";
const client = new VideoGen({ apiKey: "lt_dev_videogen_local", baseUrl: api });
const status = document.querySelector("#status");

try {
  const job = await client.generate({ model: "kling_25", prompt: "A cat playing with a ball", duration: 5, resolution: "480p" });
  status.textContent = `Submitted ${job.generation_id}`;
  const done = await client.wait(job, { timeout: 120_000, onProgress: (g) => (status.textContent = g.status) });
  const video = await new Response(await client.download(done), { headers: { "content-type": "video/mp4" } }).blob();
  document.querySelector("video").src = URL.createObjectURL(video);
  status.textContent = `Done: ${video.size} bytes`;
} catch (error) {
  status.textContent = `Failed: ${error.message}`;
}
