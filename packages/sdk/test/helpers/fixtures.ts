/** Response bodies for loopback servers, typed against the generated schema so they follow the contract. */
import type { components } from "../../src/generated/schema.ts";

type S = components["schemas"];

export const API_KEY = "lt_test_key_that_must_never_leak_0123456789";
export const GEN_ID = "gen_686717fe97bd3_055867";

const base: S["GenerationBase"] = {
  generation_id: GEN_ID,
  status: "pending",
  type: "text-to-video",
  model: { key: "kling_25", name: "Kling 2.5", provider: "Kuaishou" },
  prompt: "A cat playing with a ball",
  duration: 5,
  resolution: "720p",
  aspect_ratio: "16:9",
  style: "realistic",
  fps: 30,
  seed: 42,
  add_audio: false,
  created_at: "2025-01-04T00:00:00Z",
};

export function active(status: "pending" | "in_queue" | "in_progress", progress: number, poll_interval_ms = 20, phase?: "video" | "audio"): S["StatusResponse"] {
  return { success: true, ...base, status, progress, poll_interval_ms, ...(phase && { phase }) };
}

export function completed(videoUrl = `https://videogenapi.com/api/v1/video/${GEN_ID}`): S["StatusResponse"] {
  return { success: true, ...base, status: "completed", video_url: videoUrl, processing_time: 12, completed_at: "2025-01-04T00:00:12Z" };
}

export function failed(): S["StatusResponse"] {
  return { success: true, ...base, status: "failed", error: { code: "model_error", message: "The model failed to render." }, completed_at: "2025-01-04T00:00:12Z" };
}

export function accepted(): S["GenerateResponse"] {
  return {
    success: true,
    ...base,
    request_id: "24076931-9c23-4d18-a1d4-9d5cb5369c62",
    status_url: `/v1/status/${GEN_ID}`,
    message: "Video generation request submitted successfully.",
    usage: { current_month_usage: 1, monthly_limit: 100 },
  };
}
