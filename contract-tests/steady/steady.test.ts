/**
 * Steady, an independent OpenAPI 3.1 tool: `steady validate` must find nothing to say about the
 * bundled spec, and in mock mode its request validator must pass the SDK's real traffic
 * (generate → wait → list → user) while flagging a request that breaks the contract.
 * Steady's mock does not serve `video/mp4` bodies, so the download is not part of it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { VideoGen } from "@videogenapi/sdk";
import { bin, exec, freePort, requestExamples, specJson, specYaml } from "@videogenapi/contract-test-harness";
import { afterAll, beforeAll, expect, test } from "vitest";

const projectDir = fileURLToPath(new URL(".", import.meta.url));
const steady = bin(projectDir, "steady");

interface LogLine {
  type: string;
  request?: { method: string; path: string };
  response?: { status: number };
  diagnostics?: Array<{ code: string; severity: string; message: string }>;
}

test.each([
  ["openapi.yaml", specYaml],
  ["openapi.json", specJson],
])("steady validate %s: All good, exit 0", async (_name, spec) => {
  const { code, output } = await exec(steady, ["validate", spec, "--fail-on-warnings", "--no-color"], { cwd: projectDir });
  expect({ code, output: output.trim() }).toEqual({ code: 0, output: "All good" });
});

let mock: ChildProcess;
let log = "";
let baseUrl: string;

beforeAll(async () => {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  mock = spawn(steady, ["--host", "127.0.0.1", "--port", String(port), "--log-format", "json", "--no-color", specJson], { cwd: projectDir, stdio: ["ignore", "pipe", "pipe"] });
  mock.stdout!.on("data", (chunk) => (log += chunk));
  mock.stderr!.on("data", (chunk) => (log += chunk));
  for (const deadline = Date.now() + 20_000; !log.includes('"type":"startup"'); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() > deadline || mock.exitCode !== null) throw new Error(`steady did not start:\n${log}`);
  }
});

afterAll(() => mock?.kill("SIGTERM"));

const requests = () =>
  log
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as LogLine)
    .filter((l) => l.type === "request");

test("Steady's mock validates the SDK's requests: none breaks the contract; a broken one is flagged", async () => {
  const sdk = new VideoGen({ apiKey: "lt_steady_check", baseUrl, maxRetries: 0 });
  const job = await sdk.generate(requestExamples().TextToVideo as Parameters<VideoGen["generate"]>[0]);
  const done = await sdk.wait(job, { timeout: 10_000 });
  const page = await sdk.list({ page: 1, limit: 10 });
  const user = await sdk.user();
  expect(done.status).toBe("completed");
  expect(page.generations.length).toBeGreaterThan(0);
  expect(user.usage.monthly_limit).toBeGreaterThan(0);

  const sdkTraffic = requests();
  expect(sdkTraffic.map((r) => `${r.request!.method} ${r.request!.path.split("?")[0]}`)).toEqual([
    "POST /v1/generate",
    `GET /v1/status/${job.generation_id}`,
    "GET /v1/generations",
    "GET /v1/user",
  ]);
  expect(sdkTraffic.filter((r) => r.diagnostics!.length > 0 || r.response!.status !== 200)).toEqual([]);

  // The control: the same body with a field the contract does not have.
  await fetch(`${baseUrl}/v1/generate`, {
    method: "POST",
    headers: { Authorization: "Bearer lt_steady_check", "Content-Type": "application/json" },
    body: JSON.stringify({ ...requestExamples().TextToVideo, not_in_the_contract: true }),
  });
  const [control] = requests().slice(sdkTraffic.length);
  expect(control?.diagnostics?.length, JSON.stringify(control)).toBeGreaterThan(0);
});
