/**
 * What the store contract suite imports from "vitest", for running it inside workerd: `describe`
 * and `it` record the tests (run one at a time by contract-worker.ts), `expect` is vitest's own
 * (@vitest/expect over chai), so the assertions mean what they mean under vitest.
 */
import { chai, JestAsymmetricMatchers, JestChaiExpect, JestExtend } from "@vitest/expect";

chai.use(JestExtend);
chai.use(JestChaiExpect);
chai.use(JestAsymmetricMatchers);

export const expect = chai.expect as unknown as typeof import("vitest").expect;

export interface RecordedTest {
  name: string;
  run: () => void | Promise<void>;
}

export const recorded: RecordedTest[] = [];
const prefixes: string[] = [];

export function describe(name: string, body: () => void): void {
  prefixes.push(name);
  try {
    body();
  } finally {
    prefixes.pop();
  }
}

export function it(name: string, run: () => void | Promise<void>): void {
  recorded.push({ name: [...prefixes, name].join(" > "), run });
}
