import { MODELS, VideoGen } from "@videogenapi/sdk";

const client = new VideoGen();

// The catalog says which models animate an image.
const models = Object.values(MODELS).filter((m) => m.modes.some((mode) => mode === "image-to-video"));
console.log(`Image-to-video models: ${models.map((m) => m.key).join(", ")}`);

const job = await client.generate({
  model: "kling_25",
  prompt: "The cat turns its head and blinks",
  image_url: "https://example.com/photos/cat.jpg", // public https, JPEG/PNG/GIF/WebP; the aspect ratio comes from the image
  duration: 5,
});
const done = await client.wait(job, { timeout: 10 * 60_000 });
console.log(`${done.type} ${done.generation_id}: ${done.video_url}`);
