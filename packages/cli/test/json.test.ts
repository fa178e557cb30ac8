/**
 * `--json`: every command prints exactly one JSON document on stdout — its result, or `{"error": …}`
 * — that its schema (schemas/<command>.json) accepts, with API objects checked against the contract.
 */
import { join } from "node:path";
import { MODELS } from "@videogenapi/sdk";
import { describe, expect, test } from "vitest";
import { EXIT } from "../src/exit-codes.ts";
import { runCli } from "./helpers/cli.ts";
import { useSimulator } from "./helpers/simulator.ts";
import { loadSchemas, schemaFiles } from "./helpers/schemas.ts";
import { tempDir } from "./helpers/temp-dir.ts";

const fast = useSimulator(2000);
const slow = useSimulator(1);
const schemas = loadSchemas();

/** Runs a command with --json; the whole of stdout must be one document its schema accepts. */
async function json(command: string, args: string[], env: Record<string, string>, cwd?: string) {
  const result = await runCli([command, ...args, "--json"], { env, cwd });
  const doc = JSON.parse(result.stdout);
  expect(schemas.errors(command, doc)).toEqual([]);
  // Nothing for people on stderr: a script reads stdout alone.
  expect(result.stderr).toBe("");
  return { code: result.code, doc };
}

test("there is a schema for every command, and one for the parts they share", () => {
  expect(schemaFiles.sort()).toEqual(["common.json", "download.json", "generate.json", "list.json", "models.json", "status.json", "user.json", "wait.json"]);
});

test("the error schema's exit codes are exactly the CLI's failure codes", () => {
  const documented = schemas.common.$defs.failure.properties.error.properties.exit_code.enum;
  expect([...documented].sort()).toEqual(Object.values(EXIT).filter((c) => c !== EXIT.ok).sort());
});

describe("results", () => {
  test("generate, then status, wait, download and list of it", async () => {
    const submitted = await json("generate", ["A cat in a garden", "-m", "kling_25", "-d", "5", "-r", "480p"], fast.env);
    expect(submitted.code).toBe(0);
    const id: string = submitted.doc.generation.generation_id;
    expect(submitted.doc.generation.status_url).toBe(`/v1/status/${id}`);

    const waited = await json("wait", [id], fast.env);
    expect(waited.doc.generation).toMatchObject({ generation_id: id, status: "completed" });
    expect(waited.doc.file).toBeUndefined();

    const status = await json("status", [id], fast.env);
    expect(status.doc.generation).toEqual(waited.doc.generation);

    const dir = await tempDir();
    const downloaded = await json("download", [id, "--out", "cat.mp4"], fast.env, dir);
    expect(downloaded.doc.file).toEqual({ path: join(dir, "cat.mp4"), bytes: expect.any(Number) });

    const list = await json("list", ["--limit", "1"], fast.env);
    expect(list.doc.generations.map((g: { generation_id: string }) => g.generation_id)).toEqual([id]);
    expect(list.doc.pagination).toMatchObject({ page: 1, limit: 1, has_more: true });

    const all = await json("list", ["--all"], fast.env);
    expect(all.doc.pagination).toBeUndefined();
    expect(all.doc.generations.length).toBe(list.doc.pagination.total);
  });

  test("generate --wait --out", async () => {
    const dir = await tempDir();
    const { code, doc } = await json("generate", ["A dog on a beach", "-m", "kling_25", "-d", "5", "-r", "480p", "--wait", "--out", "dog.mp4"], fast.env, dir);
    expect(code).toBe(0);
    expect(doc.generation.status).toBe("completed");
    expect(doc.file.path).toBe(join(dir, "dog.mp4"));
  });

  test("user and models", async () => {
    const user = await json("user", [], fast.env);
    expect(user.doc.account.usage.monthly_limit).toBe(1000);
    const models = await json("models", [], {});
    expect(models.doc.models).toEqual(Object.values(MODELS));
  });
});

describe("errors: one document on stdout, the exit code of the process", () => {
  test("a refused flag value names the flag", async () => {
    const { code, doc } = await json("generate", ["A cat", "--model", "veo_3", "--duration", "15"], fast.env);
    expect(code).toBe(EXIT.usage);
    expect(doc).toEqual({
      error: { kind: "ValidationError", message: "--duration: duration 15 is not allowed for veo_3; allowed: 8", exit_code: 2, flag: "--duration", param: "duration" },
    });
  });

  test("a usage error from the parser", async () => {
    const { code, doc } = await json("list", ["--bogus"], fast.env);
    expect(code).toBe(EXIT.usage);
    expect(doc.error).toEqual({ kind: "UsageError", message: "unknown option '--bogus'", exit_code: 2, hint: "See: videogen list --help" });
  });

  test("401", async () => {
    const { code, doc } = await json("user", [], { ...fast.env, VIDEOGEN_API_KEY: "lt_unknown_key_for_401" });
    expect(code).toBe(EXIT.apiError);
    expect(doc.error).toMatchObject({ kind: "AuthenticationError", exit_code: 1, status: 401, code: "invalid_api_key", request_id: expect.any(String) });
  });

  test("400 names the parameter", async () => {
    const { code, doc } = await json("status", ["not-an-id"], fast.env);
    expect(code).toBe(EXIT.apiError);
    expect(doc.error).toMatchObject({ kind: "BadRequestError", status: 400, code: "invalid_parameter", param: "generation_id" });
  });

  test("a failed generation", async () => {
    const { code, doc } = await json("generate", ["A cat [fail:model_error]", "-m", "kling_25", "-d", "5", "-r", "480p", "--wait"], fast.env);
    expect(code).toBe(EXIT.generationFailed);
    expect(doc.error).toMatchObject({ kind: "GenerationFailedError", exit_code: 3, code: "model_error", generation_id: expect.stringMatching(/^gen_/) });
  });

  test("a timeout carries the id and the command to resume with", async () => {
    const { doc: submitted } = await json("generate", ["A slow cat", "-m", "kling_25", "-d", "10"], slow.env);
    const id = submitted.generation.generation_id;
    const { code, doc } = await json("wait", [id, "--timeout", "0.5"], slow.env);
    expect(code).toBe(EXIT.timedOut);
    expect(doc.error).toMatchObject({ kind: "WaitTimeoutError", exit_code: 4, generation_id: id, resume: `videogen wait ${id}` });
  });
});
