/** Counts what a fuzz run sent and got: statuses per operation reached, mutations, time. */
import type { Case } from "./cases.ts";
import type { Answer } from "./send.ts";

type Status = number | "none";

export class Tally {
  sent = 0;
  private slowest = 0;
  private slowestWhat = "";
  private readonly started = performance.now();
  private readonly byReached = new Map<string, Map<Status, number>>();
  private readonly mutations = new Map<string, number>();

  record(c: Case, reached: string, answer: Answer): void {
    this.sent++;
    if (answer.ms > this.slowest) {
      this.slowest = answer.ms;
      this.slowestWhat = `${c.mutation} → ${answer.status ?? "no answer"}`;
    }
    // Methods a path does not offer are grouped by path, not by method, to keep the report short.
    const key = reached.replace(/^\S+ (\S+) \(not offered\)$/, "other methods on $1");
    const statuses = this.byReached.get(key) ?? new Map<Status, number>();
    const status = answer.status ?? "none";
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    this.byReached.set(key, statuses);
    for (const mutation of c.mutation.split(", ")) this.mutations.set(mutation, (this.mutations.get(mutation) ?? 0) + 1);
  }

  /** Answers below 300 to requests that reached this operation. */
  successes(operationKey: string): number {
    return [...(this.byReached.get(operationKey) ?? new Map<Status, number>()).entries()]
      .filter(([status]) => typeof status === "number" && status < 300)
      .reduce((sum, [, count]) => sum + count, 0);
  }

  statuses(): Set<Status> {
    return new Set([...this.byReached.values()].flatMap((statuses) => [...statuses.keys()]));
  }

  report(seed: number): string {
    const seconds = (performance.now() - this.started) / 1000;
    const rows = [...this.byReached.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([reached, statuses]) => {
        const counts = [...statuses.entries()].sort(([a], [b]) => String(a).localeCompare(String(b))).map(([status, count]) => `${status}×${count}`);
        return `  ${reached.padEnd(46)} ${counts.join(" ")}`;
      });
    const mutations = [...this.mutations.entries()].sort(([, a], [, b]) => b - a).map(([name, count]) => `${name} ${count}`);
    return [
      `fuzz: ${this.sent} requests in ${seconds.toFixed(1)} s (${Math.round(this.sent / seconds)}/s), slowest ${Math.round(this.slowest)} ms (${this.slowestWhat}), seed ${seed}`,
      "statuses per operation (none = dropped on request):",
      ...rows,
      `mutations: ${mutations.join(", ")}`,
    ].join("\n");
  }
}
