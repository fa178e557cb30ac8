/**
 * Runs keyed jobs, at most `concurrency` at once, each no earlier than its start time, the ready
 * one with the least slack first (the earliest `startBy`: its deadline less its expected length,
 * so a long job due soon is not left behind short ones due sooner). A key asked for again joins
 * the job already known; asking for it sooner moves it up, so a download never waits for a render
 * planned for later.
 */

export interface JobTiming {
  /** Wall-clock ms (Date.now) before which the job does not start. */
  startAt: number;
  /** Wall-clock ms by which it should start to be done on time: the queue's order. */
  startBy: number;
}

interface Job<T> extends JobTiming {
  task: () => Promise<T>;
  running: boolean;
  result: Promise<T>;
  settle: (outcome: Promise<T>) => void;
}

/** Longest single timer: Node fires longer ones at once, so a far start is reached in steps. */
const MAX_TIMER_MS = 60 * 60 * 1000;

export class RenderQueue<T> {
  private readonly jobs = new Map<string, Job<T>>();
  private running = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerAt = Number.POSITIVE_INFINITY;

  constructor(private readonly concurrency: number) {}

  /** The job's result; the task runs once per key at a time, however often the key is asked for. */
  run(key: string, timing: JobTiming, task: () => Promise<T>): Promise<T> {
    const known = this.jobs.get(key);
    if (known) {
      known.startAt = Math.min(known.startAt, timing.startAt);
      known.startBy = Math.min(known.startBy, timing.startBy);
      this.pump();
      return known.result;
    }
    let settle!: (outcome: Promise<T>) => void;
    const result = new Promise<T>((resolve) => (settle = resolve));
    // Nobody need wait for a job planned ahead; one dropped by `clear` then rejects unobserved.
    result.catch(() => undefined);
    this.jobs.set(key, { ...timing, task, running: false, result, settle });
    this.pump();
    return result;
  }

  /** Whether a job for this key is not finished yet. */
  has(key: string): boolean {
    return this.jobs.has(key);
  }

  /** Jobs not finished yet (waiting for their start, ready, or running). */
  get size(): number {
    return this.jobs.size;
  }

  /** Drops the jobs that have not started (their results reject); running ones finish on their own. */
  clear(): void {
    for (const [key, job] of this.jobs) {
      if (job.running) continue;
      this.jobs.delete(key);
      job.settle(Promise.reject(new Error("the server is closing")));
    }
    clearTimeout(this.timer);
    this.timerAt = Number.POSITIVE_INFINITY;
  }

  private pump(): void {
    const now = Date.now();
    let nextStart = Number.POSITIVE_INFINITY;
    // A linear scan: one job per unfinished generation, and a scan per change is cheap at thousands.
    while (this.running < this.concurrency) {
      let next: [string, Job<T>] | undefined;
      nextStart = Number.POSITIVE_INFINITY;
      for (const entry of this.jobs) {
        const job = entry[1];
        if (job.running) continue;
        if (job.startAt > now) nextStart = Math.min(nextStart, job.startAt);
        else if (!next || job.startBy < next[1].startBy) next = entry;
      }
      if (!next) break;
      this.start(next[0], next[1]);
    }
    if (this.running >= this.concurrency) return; // a finishing job pumps again
    if (nextStart < this.timerAt) this.arm(nextStart, now);
  }

  private start(key: string, job: Job<T>): void {
    job.running = true;
    this.running++;
    const outcome = Promise.resolve().then(job.task);
    job.settle(outcome);
    void outcome
      .catch(() => undefined)
      .finally(() => {
        this.jobs.delete(key);
        this.running--;
        this.pump();
      });
  }

  private arm(at: number, now: number): void {
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(
      () => {
        this.timerAt = Number.POSITIVE_INFINITY;
        this.pump();
      },
      Math.min(MAX_TIMER_MS, Math.max(0, at - now)),
    );
    // A planned render must not keep the process alive.
    (this.timer as { unref?: () => void }).unref?.();
  }
}
