/**
 * The request bodies of the public docs' cURL examples, verbatim. They are what users copy, so the
 * contract tests (against Prism and the simulator) send exactly these, not corrected versions, and
 * assert what DECISIONS.md chose.
 */
export const seedTextToVideo = {
  model: "kling_25",
  prompt: "A cat playing with a ball in a sunny garden",
  duration: 10,
  resolution: "1080p",
  aspect_ratio: "16:9",
  seed: 42,
};

export const seedImageToVideo = {
  model: "veo_3",
  prompt: "The dog runs in the park chasing a butterfly",
  image_url: "https://example.com/images/my-dog.jpg",
  duration: 15,
  resolution: "4K",
  camera_fixed: false,
  seed: 123456,
};

export const seedTextToVideoWithAudio = {
  model: "kling_25",
  prompt: "A cat playing with a ball in a sunny garden",
  duration: 10,
  resolution: "1080p",
  aspect_ratio: "16:9",
  add_audio: true,
  audio_prompt: "Cheerful ambient sounds with soft nature background",
};

export const seedGenerationId = "gen_686717fe97bd3_055867";
