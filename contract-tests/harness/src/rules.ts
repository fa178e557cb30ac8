/**
 * The per-model request rules the matrix probes at the type level. Each rule is a pair of request
 * bodies that differ only in what the rule is about: `valid` must compile against a generator's
 * request-body type (else the type rejects a request the API accepts), `invalid` breaks the rule,
 * and whether tsc rejects it is what the matrix records. Every value comes from the spec: the
 * models are picked from the catalog by what they offer, the other values from its examples.
 */
import type { Catalog, ModelEntry } from "@videogenapi/tooling/catalog";

type Body = Record<string, unknown>;

export interface Rule {
  id: string;
  /** The first cell of the rule's row in the README table (markdown). */
  title: string;
  valid: Body;
  invalid: Body;
}

function pick(models: ModelEntry[], what: string, test: (m: ModelEntry) => boolean): ModelEntry {
  const model = models.find(test);
  if (!model) throw new Error(`spec: no model ${what}`);
  return model;
}

const code = (value: unknown) => `\`${typeof value === "string" ? value : JSON.stringify(value)}\``;

export function rules(catalog: Catalog, examples: Record<string, Body>): Rule[] {
  const textExample = examples.TextToVideo;
  const imageExample = examples.ImageToVideo;
  const audioExample = examples.TextToVideoWithAudio;
  if (!textExample || !imageExample || !audioExample) throw new Error("spec: POST /v1/generate needs the TextToVideo, ImageToVideo and TextToVideoWithAudio examples");
  const prompt = textExample.prompt;
  const byKey = (key: unknown) => pick(catalog.models, `with key ${String(key)}`, (m) => m.key === key);

  // A model with image-to-video (the image example's) and a duration it refuses but another model,
  // the first text-only one, accepts: a type that merges the models' durations lets it through.
  const imageModel = byKey(imageExample.model);
  const textOnly = pick(catalog.models, "without image-to-video", (m) => !m.modes.includes("image-to-video"));
  const foreignDuration = textOnly.durations.max;
  if (foreignDuration <= imageModel.durations.max) throw new Error(`spec: ${textOnly.key}'s longest duration is within ${imageModel.key}'s range; pick another probe`);

  const audioModel = byKey(audioExample.model);
  const textModel = byKey(textExample.model);
  const unknownModel = "not-a-model";
  if (catalog.models.some((m) => m.key === unknownModel)) throw new Error(`spec: ${unknownModel} is a model now; pick another probe`);
  const badResolution = "4K"; // the public docs' example asks for it; no model offers it
  if (catalog.limits.resolutions.includes(badResolution)) throw new Error(`spec: ${badResolution} is offered now; pick another probe`);

  return [
    {
      id: "duration-outside-model-range",
      title: `${code(imageModel.key)} with \`duration: ${foreignDuration}\``,
      valid: { model: imageModel.key, prompt, duration: imageModel.durations.max },
      invalid: { model: imageModel.key, prompt, duration: foreignDuration },
    },
    {
      id: "image-url-on-text-only-model",
      title: `\`image_url\` on text-only ${code(textOnly.key)}`,
      valid: { model: textOnly.key, prompt },
      invalid: { model: textOnly.key, prompt, image_url: imageExample.image_url },
    },
    {
      id: "aspect-ratio-with-image-url",
      title: `\`aspect_ratio\` together with \`image_url\` (${code(imageModel.key)})`,
      valid: { model: imageModel.key, prompt, image_url: imageExample.image_url },
      invalid: { model: imageModel.key, prompt, image_url: imageExample.image_url, aspect_ratio: catalog.limits.defaultAspectRatio },
    },
    {
      id: "audio-prompt-without-add-audio",
      title: `\`audio_prompt\` without \`add_audio: true\` (${code(audioModel.key)})`,
      valid: { model: audioModel.key, prompt, add_audio: true, audio_prompt: audioExample.audio_prompt },
      invalid: { model: audioModel.key, prompt, audio_prompt: audioExample.audio_prompt },
    },
    {
      id: "unknown-model-key",
      title: `unknown model key ${code(unknownModel)}`,
      valid: { model: textModel.key, prompt },
      invalid: { model: unknownModel, prompt },
    },
    {
      id: "resolution-4k",
      title: `\`resolution: "${badResolution}"\` (${code(textModel.key)})`,
      valid: { model: textModel.key, prompt, resolution: textModel.resolutions[0] },
      invalid: { model: textModel.key, prompt, resolution: badResolution },
    },
  ];
}
