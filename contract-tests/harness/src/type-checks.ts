/**
 * Writes the files the consumer's tsc run checks besides the generated code and consumer/:
 * `assertions.ts`, the type-level assertions on the generator's status, error-code and failure-code
 * types (literal unions, equal to the spec's lists, an invalid literal refused); `narrowing.ts`,
 * which narrows a generation on `status` to reach `video_url` and `error`; and one probe file
 * per request body: every request example of the spec, and each rule's valid and invalid body.
 * Every file imports the generator's types from consumer/types.ts, which each project writes.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Catalog } from "@videogenapi/tooling/catalog";
import type { Rule } from "./rules.ts";

const union = (values: string[]) => values.map((v) => JSON.stringify(v)).join(" | ");

export function assertionsSource(catalog: Catalog): string {
  const checks = (name: string, alias: string, values: string[]) => `
// ${name}: a literal union (not string), exactly the spec's members, and an invalid literal is refused.
type Expected${alias} = ${union(values)};
export const ${alias}IsLiteralUnion: IsLiteralUnion<${alias}> = true;
export const ${alias}IsTheSpecsUnion: Equal<${alias}, Expected${alias}> = true;
// @ts-expect-error -- not a member of the spec's ${name}
export const ${alias}RefusesInvalid: ${alias} = "not_in_the_spec";
`;
  return `// Written by the contract-test harness from the bundled spec. Do not edit.
import type { ErrorCode, FailureCode, Status } from "../consumer/types";

type IsLiteralUnion<T> = string extends T ? false : [T] extends [never] ? false : true;
type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends (<X>() => X extends B ? 1 : 2) ? true : false;
${checks("GenerationStatus", "Status", catalog.statuses)}${checks("ErrorCode", "ErrorCode", catalog.errorCodes.map((c) => c.code))}${checks(
    "GenerationFailure.code",
    "FailureCode",
    catalog.failureCodes.map((c) => c.code),
  )}`;
}

/** What a user writes after polling: `status` tells which fields a generation has. */
export const narrowingSource = `// Written by the contract-test harness. Do not edit.
import type { FailureCode, Generation } from "../consumer/types";

export function outcome(generation: Generation): string | FailureCode | undefined {
  if (generation.status === "completed") return generation.video_url;
  if (generation.status === "failed") return generation.error.code;
  return undefined;
}
`;

export interface ProbeFile {
  /** e.g. "example-TextToVideo", "rule-resolution-4k.invalid" */
  name: string;
  body: Record<string, unknown>;
}

export function probeFiles(examples: Record<string, Record<string, unknown>>, ruleList: Rule[]): ProbeFile[] {
  return [
    ...Object.entries(examples).map(([name, body]) => ({ name: `example-${name}`, body })),
    ...ruleList.flatMap((rule) => [
      { name: `rule-${rule.id}.valid`, body: rule.valid },
      { name: `rule-${rule.id}.invalid`, body: rule.invalid },
    ]),
  ];
}

/** A probe assigns the body, as an object literal, to the generator's request-body type. */
export const probeSource = (body: Record<string, unknown>) =>
  `import type { GenerateBody } from "../../consumer/types";\n\nexport const probe: GenerateBody = ${JSON.stringify(body, null, 2)};\n`;

export async function writeTypeChecks(outDir: string, catalog: Catalog, probes: ProbeFile[]): Promise<void> {
  await mkdir(join(outDir, "probes"), { recursive: true });
  await writeFile(join(outDir, "assertions.ts"), assertionsSource(catalog));
  await writeFile(join(outDir, "narrowing.ts"), narrowingSource);
  await Promise.all(probes.map((p) => writeFile(join(outDir, "probes", `${p.name}.ts`), probeSource(p.body))));
}
