/**
 * `pnpm check:breaking` on temporary copies of the contract, each edited as a spec author would:
 * the baseline is today's bundled contract, the edit is one change. What users would see (the
 * printed lines, the exit status) is what is checked. Keys, values and names come from the spec.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../src/catalog.ts";
import {
  contractPackageNames,
  modelShapes,
  operationWithRequest,
  readBundledSpec,
  runCheck,
  scratch,
  section,
  type CheckRun,
  type Scratch,
  type Spec,
} from "./helpers.ts";

const base = readBundledSpec();
const catalog = readCatalog(base);
const generate = `\`${operationWithRequest(base, "GenerateRequest")}\``;
const packages = contractPackageNames();
const edit = (change: (spec: Spec) => void): Spec => {
  const copy = structuredClone(base);
  change(copy);
  return copy;
};

/** The model with the widest duration range, and the shapes (one per mode) that carry it. */
const widest = [...catalog.models].sort((a, b) => b.durations.max - b.durations.min - (a.durations.max - a.durations.min))[0]!;
const shapesOf = (spec: Spec, key: string) =>
  modelShapes(spec).find(({ shapes }) => shapes.every((shape) => JSON.stringify(shape.properties.model).includes(JSON.stringify(key))))!;

let at: Scratch;
beforeAll(() => {
  at = scratch(base);
});

function expectNeeds(run: CheckRun, bump: "major" | "minor") {
  expect(run.status, run.stdout + run.stderr).toBe(1);
  const reason = bump === "major" ? "breaking API changes" : "API changes";
  expect(run.stdout).toContain(`Changesets: ${reason} need a ${bump} bump of ${packages.join(", ")}.`);
  for (const name of packages) expect(run.stdout).toContain(`"${name}": ${bump}`);
}

// Each case is one run of the command (1–3 s of CPU, one per core at a time); the limit is for
// busy shared machines, where a run has been seen to take a minute.
const timeout = 300_000;

describe.concurrent("breaking", { timeout }, () => {
  it("a removed model", async () => {
    const removed = catalog.models[catalog.models.length - 1]!;
    const run = await runCheck(
      at,
      edit((spec) => {
        const { branchRef, shapeNames } = shapesOf(spec, removed.key);
        const request = spec.components.schemas.GenerateRequest;
        request.oneOf = request.oneOf.filter((branch: Spec) => branch.$ref !== branchRef);
        for (const name of new Set([branchRef.split("/").pop()!, ...shapeNames])) delete spec.components.schemas[name];
        const keys = spec.components.schemas.ModelKey;
        keys.enum = keys.enum.filter((key: string) => key !== removed.key);
      }),
    );
    const breaking = section(run.stdout, "Breaking");
    expect(breaking).toContain(`model \`${removed.key}\` removed — ${generate} request`);
    expect(breaking.some((line) => line.startsWith("`components.schemas` loses"))).toBe(true);
    expectNeeds(run, "major");
  });

  it("a narrowed duration range", async () => {
    const { min, max } = widest.durations;
    const run = await runCheck(
      at,
      edit((spec) => {
        for (const shape of shapesOf(spec, widest.key).shapes) {
          shape.properties.duration.enum = shape.properties.duration.enum.filter((d: number) => d !== max);
        }
      }),
    );
    const line = section(run.stdout, "Breaking").find((text) => text.includes(`\`duration\` no longer accepts \`${max}\``));
    expect(line, run.stdout).toBeDefined();
    expect(line).toContain(`model \`${widest.key}\``);
    expect(line).toContain(`${generate} request`);
    expect(min).toBeLessThan(max);
    expectNeeds(run, "major");
  });

  it("a new required request field", async () => {
    const run = await runCheck(
      at,
      edit((spec) => {
        for (const shape of shapesOf(spec, widest.key).shapes) {
          shape.properties.negative_prompt = { type: "string", maxLength: 500 };
          shape.required.push("negative_prompt");
        }
      }),
    );
    const breaking = section(run.stdout, "Breaking").join("\n");
    expect(breaking).toContain("`negative_prompt` is now required");
    expect(breaking).toContain("field `negative_prompt` added");
    expectNeeds(run, "major");
  });

  it("an optional request field with a default made required (api-smart-diff alone calls it non-breaking)", async () => {
    const shapes = shapesOf(base, widest.key).shapes;
    const field = Object.keys(shapes[0]!.properties).find(
      (name) => !shapes[0]!.required.includes(name) && shapes[0]!.properties[name]?.default !== undefined,
    )!;
    const run = await runCheck(
      at,
      edit((spec) => {
        for (const shape of shapesOf(spec, widest.key).shapes) shape.required.push(field);
      }),
    );
    const breaking = section(run.stdout, "Breaking");
    expect(breaking.some((line) => line.includes(`\`${field}\` is now required`))).toBe(true);
    expect(run.stdout).toContain("api-smart-diff says non-breaking; a request field that becomes required rejects requests that left it out");
    expectNeeds(run, "major");
  });

  it("a removed enum value", async () => {
    const removed = catalog.limits.aspectRatios[catalog.limits.aspectRatios.length - 1]!;
    const field = Object.entries<Spec>(shapesOf(base, widest.key).shapes[0]!.properties).find(
      ([, schema]) => schema.$ref === "#/components/schemas/AspectRatio",
    )![0];
    const run = await runCheck(
      at,
      edit((spec) => {
        const schema = spec.components.schemas.AspectRatio;
        schema.enum = schema.enum.filter((value: string) => value !== removed);
      }),
    );
    const line = section(run.stdout, "Breaking").find((text) => text.startsWith(`\`${field}\` no longer accepts \`${removed}\``));
    expect(line, run.stdout).toContain(`${generate} request`);
    expect(section(run.stdout, "Non-breaking").some((text) => text.startsWith(`\`${field}\` can no longer be \`${removed}\``))).toBe(true);
    expectNeeds(run, "major");
  });

  it("a removed response field", async () => {
    const completed = base.components.schemas.GenerationCompleted.allOf[1];
    const field = completed.required.find((name: string) => completed.properties[name]?.$ref === undefined && name !== "status");
    const run = await runCheck(
      at,
      edit((spec) => {
        const schema = spec.components.schemas.GenerationCompleted.allOf[1];
        delete schema.properties[field];
        schema.required = schema.required.filter((name: string) => name !== field);
      }),
    );
    const breaking = section(run.stdout, "Breaking");
    expect(breaking.some((line) => line.includes(`field \`${field}\` removed`) && line.includes("answer 200"))).toBe(true);
    expect(breaking.some((line) => line.includes(`\`${field}\` may now be absent`))).toBe(true);
    expectNeeds(run, "major");
  });
});

describe.concurrent("not breaking", { timeout }, () => {
  it("a new model", async () => {
    const template = catalog.models[catalog.models.length - 1]!;
    const key = `${template.key}-next`;
    const run = await runCheck(
      at,
      edit((spec) => {
        const { branchRef, shapeNames } = shapesOf(spec, template.key);
        const schemas = spec.components.schemas;
        const renamed = (name: string) => `${name}Next`;
        const branchName = branchRef.split("/").pop()!;
        const branch = structuredClone(schemas[branchName]);
        if (branch.oneOf) branch.oneOf = branch.oneOf.map((leaf: Spec) => ({ $ref: `${leaf.$ref}Next` }));
        schemas[renamed(branchName)] = branch;
        for (const name of shapeNames) {
          const shape = name === branchName ? branch : (schemas[renamed(name)] = structuredClone(schemas[name]));
          shape.properties.model = { ...shape.properties.model, enum: [key] };
          delete shape.properties.model.const;
        }
        schemas.GenerateRequest.oneOf.push({ $ref: `#/components/schemas/${renamed(branchName)}` });
        schemas.ModelKey.enum.push(key);
      }),
    );
    expect(section(run.stdout, "Breaking")).toEqual([]);
    const nonBreaking = section(run.stdout, "Non-breaking");
    expect(nonBreaking).toContain(`model \`${key}\` added — ${generate} request`);
    expect(nonBreaking.some((line) => line.startsWith(`\`model.key\` can be \`${key}\``))).toBe(true);
    expectNeeds(run, "minor");
  });

  it("a new optional request field", async () => {
    const run = await runCheck(
      at,
      edit((spec) => {
        for (const shape of shapesOf(spec, widest.key).shapes) shape.properties.negative_prompt = { type: "string", maxLength: 500 };
      }),
    );
    expect(section(run.stdout, "Breaking")).toEqual([]);
    const line = section(run.stdout, "Non-breaking").find((text) => text.includes("field `negative_prompt` added"));
    expect(line, run.stdout).toContain(`model \`${widest.key}\``);
    expectNeeds(run, "minor");
  });

  it("a new request example: annotation-only (api-smart-diff leaves it unclassified)", async () => {
    const [method, path] = operationWithRequest(base, "GenerateRequest").split(" ") as [string, string];
    const run = await runCheck(
      at,
      edit((spec) => {
        const content = spec.paths[path][method.toLowerCase()].requestBody.content["application/json"];
        const [first] = Object.values<Spec>(content.examples);
        content.examples.AnotherExample = structuredClone(first);
      }),
    );
    expect(section(run.stdout, "Breaking")).toEqual([]);
    expect(section(run.stdout, "Non-breaking")).toEqual([]);
    expect(section(run.stdout, "Annotation-only")).toEqual([`example \`AnotherExample\` added — ${generate} request`]);
    expect(run.stdout).toContain("Documentation-only changes: no changeset needed");
    expect(run.status).toBe(0);
  });

  it("a new 4xx answer", async () => {
    const [method, path] = operationWithRequest(base, "GenerateRequest").split(" ") as [string, string];
    const responses = base.paths[path][method.toLowerCase()].responses;
    const status = ["409", "410", "422", "423", "409"].find((code) => !(code in responses))!;
    const run = await runCheck(
      at,
      edit((spec) => {
        const answers = spec.paths[path][method.toLowerCase()].responses;
        answers[status] = structuredClone(answers["400"]);
      }),
    );
    expect(section(run.stdout, "Breaking")).toEqual([]);
    expect(section(run.stdout, "Non-breaking")).toEqual([`answer \`${status}\` added — ${generate}`]);
    expectNeeds(run, "minor");
  });

  it("the JSON nesting limit: lowered to 1 is non-breaking (valid bodies are flat), to 0 breaking", async () => {
    const [method, path] = operationWithRequest(base, "GenerateRequest").split(" ") as [string, string];
    const withDepth = (depth: number) =>
      edit((spec) => {
        spec.paths[path][method.toLowerCase()].requestBody["x-max-json-depth"] = depth;
      });
    const flat = await runCheck(at, withDepth(1));
    expect(section(flat.stdout, "Breaking")).toEqual([]);
    expect(section(flat.stdout, "Non-breaking").join("\n")).toContain("x-max-json-depth");
    const none = await runCheck(at, withDepth(0));
    expect(section(none.stdout, "Breaking").join("\n")).toContain("x-max-json-depth");
    expectNeeds(none, "major");
  });

  it("no change", async () => {
    const run = await runCheck(at, base);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`No API changes since ${packages[0]} 1.4.0.`);
    expect(section(run.stdout, "Breaking")).toEqual([]);
  });
});
