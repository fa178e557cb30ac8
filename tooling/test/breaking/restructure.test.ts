/**
 * The normalisation under the check is exact, and a behaviour-preserving restructure reads as
 * such. The restructure of commit 3edf838 (each model with two modes became a oneOf of two
 * complete shapes, rules moved inline) is compared with the released 0.0.0 contract: ajv accepts
 * exactly the same request bodies under both, and the check reports no request change that is
 * not annotation-only. ajv also agrees, body for body, between each document and its normalised
 * form, for requests and for every JSON answer of today's contract.
 */
import { readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { normaliseForDiff } from "../../src/breaking/normalise.ts";
import { readBundledSpec, runCheck, scratch, section, type Spec } from "./helpers.ts";
import { requestOnly } from "./request-only.ts";

const released = JSON.parse(readFileSync(new URL("../../../spec/releases/0.0.0/openapi.json", import.meta.url), "utf8"));
const restructured = JSON.parse(readFileSync(new URL("./fixtures/request-3edf838.json", import.meta.url), "utf8"));
const route = "/v1/generate";
const method = "post";
const before = requestOnly(released, route, method);

const bodySchema = (doc: Spec) => doc.paths[route][method].requestBody.content["application/json"].schema;

function compile(schema: Spec, doc?: Spec): ValidateFunction {
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  addFormats.default(ajv);
  if (doc) {
    ajv.addSchema(doc, "doc");
    return ajv.getSchema(`doc${schema.$ref}`)!;
  }
  return ajv.compile(schema);
}

/** A seeded PRNG, so the corpus is the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every value any request shape of either document enumerates, per field, plus values none allows. */
function fieldValues(docs: Spec[]): Map<string, unknown[]> {
  const values = new Map<string, unknown[]>();
  const add = (field: string, value: unknown) => {
    const list = values.get(field) ?? [];
    if (!list.some((v) => JSON.stringify(v) === JSON.stringify(value))) list.push(value);
    values.set(field, list);
  };
  const walk = (node: unknown, field?: string): void => {
    if (Array.isArray(node)) return node.forEach((item) => walk(item, field));
    if (node === null || typeof node !== "object") return;
    const schema = node as Spec;
    if (field && Array.isArray(schema.enum)) for (const value of schema.enum) add(field, value);
    if (field && "const" in schema) add(field, schema.const);
    for (const [key, child] of Object.entries(schema)) walk(child, key === "properties" ? undefined : field);
    if (schema.properties) for (const [name, child] of Object.entries<unknown>(schema.properties)) walk(child, name);
  };
  for (const doc of docs) walk(doc.components);
  for (const [field, list] of values) {
    const numbers = list.filter((v): v is number => typeof v === "number");
    if (numbers.length) add(field, Math.min(...numbers) - 1), add(field, Math.max(...numbers) + 1);
    if (list.some((v) => typeof v === "string")) add(field, "not-a-listed-value");
  }
  return values;
}

/** Request bodies mixing listed and unlisted values, present and absent fields, good and bad URLs. */
function corpus(docs: Spec[], size: number): Record<string, unknown>[] {
  const next = random(20260101);
  const pick = <T,>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  const values = fieldValues(docs);
  const extra: Record<string, unknown[]> = {
    prompt: ["A cat playing with a ball in a sunny garden", "", 42],
    image_url: ["https://example.com/images/dog.jpg", "https://example.com/page.html", "ftp://example.com/a.png"],
    seed: [-1, 42, -2, 4294967296, "7"],
    camera_fixed: [true, false, "yes"],
    add_audio: [true, false],
    audio_prompt: ["Soft rain", ""],
    unknown_field: [1],
  };
  const fields = [...new Set([...values.keys(), ...Object.keys(extra)])].filter((field) => !["status", "code"].includes(field));
  const bodies: Record<string, unknown>[] = [];
  for (let i = 0; i < size; i++) {
    const body: Record<string, unknown> = {};
    for (const field of fields) {
      const presence = field === "model" || field === "prompt" ? 0.95 : field === "unknown_field" ? 0.03 : 0.4;
      if (next() < presence) body[field] = pick([...(values.get(field) ?? []), ...(extra[field] ?? [])]);
    }
    bodies.push(body);
  }
  return bodies;
}

describe("the restructure of 3edf838 against the released 0.0.0 contract", () => {
  const bodies = corpus([before, restructured], 20_000);

  it("accepts exactly the same request bodies (ajv, 20,000 bodies)", () => {
    const old = compile(bodySchema(before), before);
    const now = compile(bodySchema(restructured), restructured);
    const accepted = bodies.filter((body) => old(body));
    const disagreements = bodies.filter((body) => old(body) !== now(body));
    expect(disagreements.slice(0, 3)).toEqual([]);
    // The corpus reaches both sides of the rules, or agreeing would prove nothing.
    expect(accepted.length).toBeGreaterThan(500);
    expect(bodies.length - accepted.length).toBeGreaterThan(500);
  });

  it("normalising changes no verdict, on either document", () => {
    for (const doc of [before, restructured]) {
      const original = compile(bodySchema(doc), doc);
      const normalised = compile(bodySchema(normaliseForDiff(doc)));
      expect(bodies.filter((body) => original(body) !== normalised(body)).slice(0, 3)).toEqual([]);
    }
  });

  it("reads as documentation changes in the request, and renamed components", { timeout: 300_000 }, async () => {
    const at = scratch(before, "0.0.0");
    const run = await runCheck(at, restructured);
    const request = `\`${method.toUpperCase()} ${route}\` request`;
    for (const title of ["Breaking", "Non-breaking"]) {
      expect(section(run.stdout, title).filter((line) => line.includes(request))).toEqual([]);
    }
    expect(section(run.stdout, "Annotation-only").some((line) => line.includes(request))).toBe(true);
    expect(section(run.stdout, "Breaking").every((line) => line.startsWith("`components.schemas` loses"))).toBe(true);
  });
});

describe("normalising today's contract", () => {
  const spec = readBundledSpec();
  const normalised = normaliseForDiff(spec) as Spec;

  it("keeps the verdict on every example answer and on each one broken in one place", () => {
    let checked = 0;
    for (const [route, item] of Object.entries<Spec>(spec.paths)) {
      for (const [method, operation] of Object.entries<Spec>(item)) {
        for (const [status, response] of Object.entries<Spec>(operation.responses ?? {})) {
          const resolved = response.$ref ? spec.components.responses[response.$ref.split("/").pop()] : response;
          const content = resolved.content?.["application/json"];
          if (!content?.schema) continue;
          const original = content.schema.$ref ? compile(content.schema, spec) : compile(content.schema);
          const inline = normalised.paths[route][method].responses[status].content["application/json"].schema;
          const simple = compile(inline);
          const examples = Object.values<Spec>(content.examples ?? {}).map((example) =>
            example.$ref ? spec.components.examples[example.$ref.split("/").pop()].value : example.value,
          );
          for (const example of examples) {
            const variants: unknown[] = [example, { ...example, unexpected: true }];
            for (const key of Object.keys(example ?? {})) {
              const { [key]: _dropped, ...without } = example;
              variants.push(without, { ...example, [key]: "unexpected" }, { ...example, [key]: null });
            }
            for (const variant of variants) {
              expect(simple(variant), `${method} ${route} ${status}: ${JSON.stringify(variant).slice(0, 200)}`).toBe(original(variant));
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});
