/**
 * Every problem of a request, one line each, as the terminal shows it: the API's 400 (`param:
 * message`, sent with --no-check so the simulator judges the values) and the checks before sending
 * (`--flag: message`). The `--json` document lists them too, and its schema accepts it.
 */
import { ERROR_CODES } from "@videogenapi/sdk";
import { describe, expect, test } from "vitest";
import { runCli } from "./helpers/cli.ts";
import { loadSchemas } from "./helpers/schemas.ts";
import { useSimulator } from "./helpers/simulator.ts";

const sim = useSimulator(2000);
const schemas = loadSchemas();
const VEO_3_MISTAKES = ["generate", "A dog", "-m", "veo_3", "--image-url", "https://example.com/a.jpg", "-d", "15", "-r", "4K", "--aspect-ratio", "2:1"];

describe("a 400 prints every problem", () => {
  test("the API's answer, one `param: message` line per problem, then the code's advice", async () => {
    const { code, stdout, stderr } = await runCli([...VEO_3_MISTAKES, "--no-check"], { env: sim.env });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      [
        "videogen: 400 invalid_parameter: 3 problems:",
        "  duration: duration 15 is not available for veo_3; it accepts 8.",
        '  resolution: resolution "4K" is not available for veo_3; it accepts 480p, 720p, 1080p.',
        "  aspect_ratio: aspect_ratio is only for text-to-video; with image_url the image sets the frame. Remove aspect_ratio.",
        // The error code's advice from the contract's catalog.
        `  ${ERROR_CODES.invalid_parameter}`,
        "",
      ].join("\n"),
    );
  });

  test("the checks before sending report every flag at fault at once, and nothing is sent", async () => {
    const { code, stdout, stderr } = await runCli(VEO_3_MISTAKES, { env: sim.env });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      [
        "videogen: 3 problems:",
        '  --aspect-ratio: aspect_ratio "2:1" is not allowed; allowed: 16:9, 4:3, 1:1, 9:21',
        "  --duration: duration 15 is not allowed for veo_3; allowed: 8",
        '  --resolution: resolution "4K" is not allowed for veo_3; allowed: 480p, 720p, 1080p',
        "",
      ].join("\n"),
    );
    const list = await runCli(["list", "--limit", "500", "--page", "0"], { env: sim.env });
    expect(list.stderr).toBe(['videogen: 2 problems:', '  --limit: limit "500" is not allowed; allowed: 1 to 100', '  --page: page "0" is not allowed; allowed: 1 to 100000', ""].join("\n"));
  });

  test("--json lists them in error.errors, and the schema accepts the document", async () => {
    const { code, stdout } = await runCli([...VEO_3_MISTAKES, "--no-check", "--json"], { env: sim.env });
    expect(code).toBe(1);
    const doc = JSON.parse(stdout);
    expect(schemas.errors("generate", doc)).toEqual([]);
    expect(doc.error).toMatchObject({
      kind: "BadRequestError",
      status: 400,
      code: "invalid_parameter",
      param: "duration",
      message: "400 invalid_parameter: 3 problems:",
      errors: [
        { param: "duration", message: "duration 15 is not available for veo_3; it accepts 8." },
        { param: "resolution", message: 'resolution "4K" is not available for veo_3; it accepts 480p, 720p, 1080p.' },
        { param: "aspect_ratio", message: "aspect_ratio is only for text-to-video; with image_url the image sets the frame. Remove aspect_ratio." },
      ],
    });
  });

  test("--json of the checks before sending lists each field with its flag", async () => {
    const { code, stdout, stderr } = await runCli([...VEO_3_MISTAKES, "--json"], { env: sim.env });
    expect(code).toBe(2);
    expect(stderr).toBe("");
    const doc = JSON.parse(stdout);
    expect(schemas.errors("generate", doc)).toEqual([]);
    expect(doc.error).toMatchObject({ kind: "ValidationError", message: "3 problems:", flag: "--aspect-ratio", param: "aspect_ratio" });
    expect(doc.error.errors.map((e: { flag: string; param: string }) => [e.flag, e.param])).toEqual([
      ["--aspect-ratio", "aspect_ratio"],
      ["--duration", "duration"],
      ["--resolution", "resolution"],
    ]);
  });
});
