/**
 * Property-based fuzz test: over 10,000 requests a run, against the real simulator process on
 * loopback, to every operation of the bundled spec — valid ones built from its schemas, and
 * mutated ones (methods, paths, ids, query values, headers, content types, bodies, raw HTTP), while
 * slow clients that never finish their headers run beside them. Every answer must be inside the
 * contract: a status the spec declares for that operation, no 5xx that the request did not ask
 * for, a body that validates against the declared schema, within 5 s.
 *
 * The run is seeded and prints its seed. Replay a run with FUZZ_SEED=<seed>; replay only the
 * failing batch with FUZZ_SEED=<seed> FUZZ_PATH=<path> (both printed on failure).
 */
import { Agent } from "node:http";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { caseArbitrary, describeCase, type Case, type CaseContext } from "./fuzz/cases.ts";
import { slowHeaderCases } from "./fuzz/raw-cases.ts";
import { EXAMPLE_GENERATION_ID, OPERATIONS } from "./fuzz/contract.ts";
import { Tally } from "./fuzz/tally.ts";
import { send } from "./fuzz/send.ts";
import { judge } from "./fuzz/verdict.ts";
import { call, DEV_KEY, generate, startSimulator, type SimulatorProcess } from "./helpers/simulator.ts";

/** Requests per property run, sent at once; runs × batch is the run's total. */
const BATCH = 48;
const MIN_REQUESTS = 10_000;
const RUNS = Math.ceil(MIN_REQUESTS / BATCH);
/**
 * The simulator's headers timeout for this run: short, so a slow client's 408 comes well inside
 * the 5 s limit, yet far above how long a busy event loop may leave a request's bytes unread.
 */
const HEADERS_TIMEOUT_MS = 2_000;
/** Slow clients at a time, beside the batches. */
const SLOW_LANES = 2;
/** Node's default limit on the size of the request headers (16 KiB): above it, 431. */
const MAX_HEADER_BYTES = 16 * 1024;

const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const path = process.env.FUZZ_PATH;

let sim: SimulatorProcess;
let agent: Agent;
let ctx: CaseContext;

beforeAll(async () => {
  sim = await startSimulator([
    "--rate-limit", "0",
    "--monthly-limit", "100000000",
    // Slow enough that generations made for the run stay unfinished, so no video of theirs is rendered mid-run.
    "--speed", "0.01",
    "--headers-timeout", String(HEADERS_TIMEOUT_MS),
  ]);
  agent = new Agent({ keepAlive: true, maxSockets: BATCH });
  // Known ids: the contract's example generation (completed) and one still pending.
  const pending = await generate(sim.url, { prompt: "fuzz: a generation that stays pending" });
  expect(pending.status).toBe(200);
  // Render the example's video once, so no request of the run waits for ffmpeg.
  expect((await call(sim.url, `/v1/video/${EXAMPLE_GENERATION_ID}`, { key: null })).status).toBe(200);
  const ids = [EXAMPLE_GENERATION_ID, pending.body.generation_id as string];
  ctx = { key: DEV_KEY, knownIds: ids, videoIds: ids, maxHeaderBytes: MAX_HEADER_BYTES };
});
afterAll(async () => {
  agent?.destroy();
  await sim?.stop();
});

/** Sends cases and judges each answer; returns the failures, described. */
async function exchange(cases: readonly Case[], tally: Tally): Promise<string[]> {
  const answers = await Promise.all(cases.map((c) => send(sim.url, agent, c)));
  return cases.flatMap((c, index) => {
    const answer = answers[index]!;
    const { reached, problems } = judge(c, answer);
    tally.record(c, reached, answer);
    if (problems.length === 0) return [];
    return [`${describeCase(c)}\n    → ${answer.status ?? "no answer"} ${answer.body.toString("utf8").slice(0, 300)}\n    ✗ ${problems.join("\n    ✗ ")}`];
  });
}

it(`answers ${MIN_REQUESTS}+ fuzzed requests inside the contract`, async () => {
  console.log(`fuzz seed ${seed} — replay: FUZZ_SEED=${seed} pnpm --filter @videogenapi/simulator exec vitest run test/fuzz.test.ts`);
  const tally = new Tally();

  // Each validator compiles on first use: one plain request per operation first, so no request of
  // the run waits on a compiling server.
  for (const operation of OPERATIONS) {
    const target = operation.path.replace(/\{[^}]+\}/g, EXAMPLE_GENERATION_ID);
    await call(sim.url, target, { method: operation.method.toUpperCase(), ...(operation.body ? { body: "{}", headers: { "content-type": "application/json" } } : {}) });
  }

  // Slow clients, beside the batches until they are done.
  let fuzzing = true;
  const slowFailures: string[] = [];
  const slow = slowHeaderCases(ctx);
  const lanes = Array.from({ length: SLOW_LANES }, async (_, lane) => {
    for (let i = lane; fuzzing || i < slow.length; i += SLOW_LANES) slowFailures.push(...(await exchange([slow[i % slow.length]!], tally)));
  });

  const property = fc.asyncProperty(fc.array(caseArbitrary(ctx), { minLength: BATCH, maxLength: BATCH }), async (cases: Case[]) => {
    const failures = await exchange(cases, tally);
    if (failures.length > 0) throw new Error(`${failures.length} answer(s) outside the contract:\n${failures.join("\n")}`);
  });
  try {
    await fc.assert(property, {
      seed,
      ...(path ? { path } : {}),
      numRuns: RUNS,
      // No shrinking: the report already names each failing request of the batch, and shrinking
      // batches of real requests takes minutes. FUZZ_PATH then replays just the failing batch.
      endOnFailure: true,
      interruptAfterTimeLimit: 240_000,
      markInterruptAsFailure: true,
      reporter: (details) => {
        if (!details.failed) return;
        const why = details.errorInstance instanceof Error ? details.errorInstance.message : `interrupted after ${details.numRuns} runs`;
        throw new Error(
          `fuzz failed — replay: FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath} pnpm --filter @videogenapi/simulator exec vitest run test/fuzz.test.ts\n${why}`,
        );
      },
    });
  } finally {
    fuzzing = false;
    await Promise.all(lanes);
  }
  expect(slowFailures, `slow clients:\n${slowFailures.join("\n")}`).toEqual([]);
  console.log(tally.report(seed));

  // The run must have been a real one: enough requests, every operation answered with success, and
  // the answers outside the happy path seen.
  if (path) return;
  expect(tally.sent).toBeGreaterThanOrEqual(MIN_REQUESTS);
  for (const operation of OPERATIONS) {
    expect(tally.successes(operation.key), `${operation.key} never succeeded`).toBeGreaterThan(0);
  }
  for (const status of [400, 401, 404, 405, 408, 413, 415, 429, 431, 500, 503]) expect(tally.statuses(), `no ${status} seen`).toContain(status);
}, 300_000);
