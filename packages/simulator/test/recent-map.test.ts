import { describe, expect, it } from "vitest";
import { RecentMap } from "../src/util/recent-map.ts";

describe("RecentMap", () => {
  it("keeps the most recently set entries, between half the capacity and all of it", () => {
    const map = new RecentMap<number, string>(10);
    for (let i = 0; i < 100; i++) map.set(i, `v${i}`);
    const kept = Array.from({ length: 100 }, (_, i) => i).filter((i) => map.has(i));
    expect(kept.length).toBeGreaterThanOrEqual(5);
    expect(kept.length).toBeLessThanOrEqual(10);
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, i) => 100 - kept.length + i));
    expect(map.get(99)).toBe("v99");
  });

  it("keeps an entry that is read, and gives the latest value of a key set twice", () => {
    const map = new RecentMap<string, number>(4);
    map.set("read", 1);
    for (let i = 0; i < 20; i++) {
      expect(map.get("read")).toBe(1);
      map.set(`filler${i}`, i);
    }
    map.set("twice", 1);
    map.set("twice", 2);
    expect(map.get("twice")).toBe(2);
    map.clear();
    expect(map.has("read")).toBe(false);
    expect(map.get("twice")).toBeUndefined();
  });
});
