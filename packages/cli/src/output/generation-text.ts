/** A generation as people read it: one summary line and the details that matter for its status. */
import type { Generation, GenerationCompleted } from "@videogenapi/sdk";
import { formatBytes } from "./format.ts";

/** "in_progress (video)": the status, and the phase while it has one. */
export function phaseText(g: Generation): string {
  return g.status !== "completed" && g.status !== "failed" && g.phase ? `${g.status} (${g.phase})` : g.status;
}

/** "in_progress (video) 42%", "completed", "failed". */
export function stateText(g: Generation): string {
  return g.status === "completed" || g.status === "failed" ? g.status : `${phaseText(g)} ${g.progress}%`;
}

/** Two lines for a generation that completed, and the file it was saved to. */
export function completedText(g: GenerationCompleted, file?: { path: string; bytes: number }): string {
  const lines = [`Completed ${g.generation_id} in ${g.processing_time} s: ${g.video_url}`];
  if (file) lines.push(`Saved ${file.path} (${formatBytes(file.bytes)})`);
  return lines.join("\n");
}

export function generationText(g: Generation): string {
  const lines = [
    `${g.generation_id}  ${stateText(g)}`,
    `  model       ${g.model.key} (${g.model.name}, ${g.model.provider})`,
    `  video       ${g.duration} s, ${g.resolution}${g.aspect_ratio ? `, ${g.aspect_ratio}` : ""}, ${g.type}${g.add_audio ? ", with audio" : ""}`,
    `  prompt      ${g.prompt}`,
    `  created     ${g.created_at}`,
  ];
  if (g.status === "completed") lines.push(`  completed   ${g.completed_at} (${g.processing_time} s)`, `  video_url   ${g.video_url}`);
  if (g.status === "failed") lines.push(`  failed      ${g.completed_at}`, `  error       ${g.error.code}: ${g.error.message}`);
  return lines.join("\n");
}
