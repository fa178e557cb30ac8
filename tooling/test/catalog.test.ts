/**
 * The catalog reader: the bundled spec must yield the seed docs' model table, and a spec whose
 * shape the reader does not understand must fail loudly with a pointer, never emit a wrong catalog.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../src/catalog.ts";
import { bundledSpecJson } from "../src/paths.ts";

const load = () => JSON.parse(readFileSync(bundledSpecJson, "utf8"));

describe("readCatalog on the bundled spec", () => {
  const catalog = readCatalog(load());
  const byKey = Object.fromEntries(catalog.models.map((m) => [m.key, m]));

  it("lists the ten models, eight free and two premium", () => {
    expect(catalog.models).toHaveLength(10);
    expect(catalog.models.filter((m) => m.tier === "premium").map((m) => m.key).sort()).toEqual(["veo-31", "veo_3"]);
    expect(catalog.defaultModel).toBe("sora-2");
  });

  it("matches the seed's model table for durations, resolutions and modes", () => {
    expect(byKey["veo_3"]).toMatchObject({ durations: { min: 8, max: 8, default: 8 }, resolutions: ["480p", "720p", "1080p"] });
    expect(byKey["sora-2"]!.durations).toEqual({ min: 10, max: 10, default: 10 });
    expect(byKey["ltxv-13b"]).toMatchObject({ durations: { min: 1, max: 60 }, resolutions: ["480p"], defaultResolution: "480p" });
    expect(byKey["wan-25"]!.durations).toMatchObject({ min: 1, max: 30, default: 5 });
    expect(byKey["higgsfield_v1"]!.modes).toEqual(["text-to-video"]);
    expect(byKey["kling_25"]).toMatchObject({ name: "Kling 2.5", provider: "Kuaishou", modes: ["text-to-video", "image-to-video"] });
    expect(byKey["nanobanana-video"]!.resolutions.at(-1)).toBe("720p");
  });

  it("reads the global limits, statuses and error codes", () => {
    expect(catalog.limits).toMatchObject({ promptMaxLength: 1000, aspectRatios: ["16:9", "4:3", "1:1", "9:21"], seedMin: -1 });
    expect(catalog.statuses).toEqual(["pending", "in_queue", "in_progress", "completed", "failed"]);
    expect(catalog.terminalStatuses).toEqual(["completed", "failed"]);
    expect(catalog.errorCodes.map((e) => e.code)).toEqual(expect.arrayContaining(["rate_limited", "quota_exceeded"]));
  });
});

describe("readCatalog refuses a spec it cannot read faithfully", () => {
  it("rejects a duration set with a gap", () => {
    const spec = load();
    spec.components.schemas.Kling25TextToVideo.properties.duration.enum = [5, 7];
    spec.components.schemas.Kling25ImageToVideo.properties.duration.enum = [5, 7];
    expect(() => readCatalog(spec)).toThrow(/GenerateRequest\.oneOf\[2\]\.duration: durations must be a contiguous range/);
  });

  it("rejects a ModelKey enum that differs from the request branches", () => {
    const spec = load();
    spec.components.schemas.ModelKey.enum.push("kling_2_1");
    expect(() => readCatalog(spec)).toThrow(/ModelKey: enum .* differs/);
  });

  it("rejects a model whose two mode shapes disagree on its limits", () => {
    const spec = load();
    spec.components.schemas.Kling25ImageToVideo.properties.duration.enum = [5, 6, 7, 8];
    expect(() => readCatalog(spec)).toThrow(/oneOf\[2\] \(Kling 2\.5 · image-to-video\): duration differs between the model's modes/);
  });

  it("rejects a model with two text-to-video shapes", () => {
    const spec = load();
    spec.components.schemas.Kling25ImageToVideo.required = ["model", "prompt"];
    expect(() => readCatalog(spec)).toThrow(/oneOf\[2\]: expected one text-to-video shape/);
  });

  it("rejects a tier other than free or premium", () => {
    const spec = load();
    spec.components.schemas.Veo3Request["x-model"].tier = "gold";
    expect(() => readCatalog(spec)).toThrow(/x-model\.tier/);
  });
});
