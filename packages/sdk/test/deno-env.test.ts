/**
 * The environment in Deno 2, read through process.env (src/adapter/env.ts): with --allow-env for a
 * variable the client uses it; without, Deno refuses the read, and the variable counts as unset
 * instead of crashing the constructor.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { DEFAULT_BASE_URL } from "../src/index.ts";
import { runDeno } from "./helpers/deno.ts";
import { cleanEnv, examplesDir } from "./helpers/recipe.ts";

test("Deno: VIDEOGEN_BASE_URL is used with --allow-env for it, and counts as unset without", async () => {
  const dir = await mkdtemp(join(tmpdir(), "videogen-deno-env-"));
  await writeFile(join(dir, "base.ts"), 'import { VideoGen } from "@videogenapi/sdk";\nconsole.log(new VideoGen({ apiKey: "lt_unused" }).videoUrl("gen_1"));\n');
  // examples/deno.json maps @videogenapi/sdk to this package's source.
  const options = { cwd: dir, env: cleanEnv({ VIDEOGEN_BASE_URL: "http://127.0.0.1:4010" }) };
  const run = (...permissions: string[]) => runDeno(["run", "--config", join(examplesDir, "deno.json"), ...permissions, "base.ts"], options);

  const allowed = await run("--allow-env=VIDEOGEN_BASE_URL");
  expect(allowed).toMatchObject({ code: 0, stdout: "http://127.0.0.1:4010/v1/video/gen_1\n" });
  const refused = await run();
  expect(refused).toMatchObject({ code: 0, stdout: `${DEFAULT_BASE_URL}/v1/video/gen_1\n` });
}, 60_000);
