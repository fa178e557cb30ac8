import { describe, expect, it } from "vitest";
import { schema } from "../src/contract/spec.ts";
import { generationId } from "../src/util/random.ts";

const ID_PATTERN = new RegExp(String(schema("GenerationId").pattern));

describe("generation ids", () => {
  it("match the contract's pattern and carry their creation time, as the public API's do", () => {
    const before = Math.floor(Date.now() / 1000);
    const id = generationId();
    const after = Math.floor(Date.now() / 1000);
    expect(id).toMatch(ID_PATTERN);
    const seconds = parseInt(id.slice(4, 12), 16);
    expect(seconds).toBeGreaterThanOrEqual(before);
    expect(seconds).toBeLessThanOrEqual(after);
  });

  it("never repeat and sort in creation order, also when thousands are made in one millisecond", () => {
    const ids = Array.from({ length: 20_000 }, () => generationId());
    expect(new Set(ids).size).toBe(ids.length);
    const stamps = ids.map((id) => id.slice(4, 17));
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(ids.length);
  });

  it("end in random digits, so ids of one microsecond in two processes rarely meet", () => {
    const endings = new Set(Array.from({ length: 1000 }, () => generationId().slice(-6)));
    expect(endings.size).toBeGreaterThan(990);
  });
});
