/**
 * The generate flags and the request fields they fill. The field names are checked against the
 * contract's GenerateRequest type, so a field the contract adds or renames fails the type check here.
 */
import type { GenerateRequest } from "@videogenapi/sdk";

type Field = GenerateRequest extends infer R ? (R extends unknown ? keyof R : never) : never;

/** Every request field and how the command line names it (a flag, or the prompt argument). */
export const FLAG_OF_FIELD = {
  prompt: "<prompt>",
  model: "--model",
  duration: "--duration",
  resolution: "--resolution",
  aspect_ratio: "--aspect-ratio",
  image_url: "--image-url",
  seed: "--seed",
  camera_fixed: "--camera-fixed",
  add_audio: "--audio",
  audio_prompt: "--audio-prompt",
} as const satisfies Record<Field, string>;

/** What commander parsed for `generate`: strings as typed, booleans for switches. */
export interface GenerateFlags {
  model?: string;
  duration?: string;
  resolution?: string;
  aspectRatio?: string;
  imageUrl?: string;
  seed?: string;
  cameraFixed?: boolean;
  audio?: boolean;
  audioPrompt?: string;
}

/**
 * A number when the text is one, else the text itself: the SDK's pre-flight then rejects it with a
 * message that names the field, the value and what is allowed, instead of a parser of our own.
 */
function numeric(text: string | undefined): number | string | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  return text.trim() !== "" && Number.isFinite(n) ? n : text;
}

/** The request body, with only the fields the user gave (the API fills in the rest). */
export function requestFromFlags(prompt: string, flags: GenerateFlags): GenerateRequest {
  const body: Record<Field, unknown> = {
    prompt,
    model: flags.model,
    duration: numeric(flags.duration),
    resolution: flags.resolution,
    aspect_ratio: flags.aspectRatio,
    image_url: flags.imageUrl,
    seed: numeric(flags.seed),
    camera_fixed: flags.cameraFixed,
    add_audio: flags.audio,
    audio_prompt: flags.audioPrompt,
  };
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as GenerateRequest;
}
