/**
 * The dashboard in headless Chromium against a real simulator process: a generation submitted
 * through the page's form shows every status in order, its video plays, an audio generation plays
 * with sound, the knobs apply, reset usage brings the meter to 0, and nothing leaves loopback.
 * Screenshots go to test-artifacts/.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, watchedContext, type WatchedContext } from "@videogenapi/tooling/chromium";
import { spec } from "./helpers/contract.ts";
import { DEV_KEY, call, generate, packageDir, startSimulator, type SimulatorProcess } from "./helpers/simulator.ts";

const STATUSES: string[] = spec.components.schemas.GenerationStatus.enum;
const HAPPY_PATH = STATUSES.filter((status) => status !== "failed");
const artifacts = join(packageDir, "test-artifacts");
const MODEL = "ltxv-13b";
/** Polls get room on a loaded machine (the page itself polls every 500 ms). */
const SLOW = { timeout: 10_000 };

let sim: SimulatorProcess;
let browser: Browser;
let watched: WatchedContext;
let page: Page;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  // One worker, so a generation submitted behind another one waits in_queue; slow enough that
  // each status lasts at least one of the page's polls.
  [sim, browser] = await Promise.all([startSimulator(["--speed", "12", "--workers", "1"]), launchChromium()]);
  watched = await watchedContext(browser);
  page = await watched.context.newPage();
  await page.goto(`${sim.url}/dashboard`);
  // The statuses each row's status cell shows, in order, recorded in the page as they change.
  await page.evaluate(() => {
    const seen: Record<string, string[]> = {};
    (window as unknown as { seen: typeof seen }).seen = seen;
    const record = () => {
      for (const row of document.querySelectorAll<HTMLTableRowElement>("#generations tr")) {
        const status = row.querySelector("[data-cell=status]")?.textContent?.split(" ")[0] ?? "";
        const list = (seen[row.dataset.id!] ??= []);
        if (status && list.at(-1) !== status) list.push(status);
      }
    };
    new MutationObserver(record).observe(document.getElementById("generations")!, { subtree: true, childList: true, characterData: true });
  });
});

afterAll(async () => {
  await browser?.close();
  await sim?.stop();
});

const rowOf = (id: string) => page.locator(`tr[data-id="${id}"]`);

/** Submits through the page's form and returns the new row's generation id. */
async function submitThroughForm(options: { duration: number; audio: boolean; prompt: string }, beforeClick?: () => Promise<void>): Promise<string> {
  const before = new Set(await page.locator("#generations tr").evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.id)));
  await page.selectOption("#generate select[name=model]", MODEL);
  await page.selectOption("#generate select[name=duration]", String(options.duration));
  await page.fill("#generate input[name=prompt]", options.prompt);
  await page.setChecked("#generate input[name=add_audio]", options.audio);
  await beforeClick?.();
  await page.click("#generate button[type=submit]");
  await page.waitForFunction((known) => [...document.querySelectorAll<HTMLElement>("#generations tr")].some((row) => !known.includes(row.dataset.id!)), [...before]);
  const ids = await page.locator("#generations tr").evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.id!));
  return ids.find((id) => !before.has(id))!;
}

describe("dashboard", () => {
  it("shows the settings and the usage of the development key", async () => {
    await expect.poll(() => page.inputValue("#settings input[name=speed]"), SLOW).toBe("12");
    await expect.poll(() => page.textContent("#usage-text"), SLOW).toMatch(/^0 \/ 100 generations$/);
    expect(await page.inputValue("#key")).toBe(DEV_KEY);
  });

  it("a generation submitted through the form goes pending → in_queue → in_progress → completed, and its video plays", async () => {
    // Keep the only worker busy (submitted just before the click), so the form's generation has to wait in the queue.
    const id = await submitThroughForm({ duration: 3, audio: false, prompt: "A red ball bouncing" }, async () => {
      // Long enough (about 7 s at speed 12) that in_queue outlasts a stalled poll or two.
      expect((await generate(sim.url, { model: MODEL, prompt: "busy worker", duration: 10 })).status).toBe(200);
    });
    await expect.poll(() => rowOf(id).locator("[data-cell=status]").textContent(), { timeout: 20_000 }).toBe("completed");
    const seen = await page.evaluate((row) => (window as unknown as { seen: Record<string, string[]> }).seen[row], id);
    expect(seen).toEqual(HAPPY_PATH);
    expect(await rowOf(id).locator("[data-cell=timeline]").textContent()).toMatch(/^pending \d+ s → in_queue \d+ s → in_progress \d+ s → completed \d+ s$/);
    expect(await rowOf(id).locator("[data-cell=request]").textContent()).toContain("A red ball bouncing");
    await page.screenshot({ path: join(artifacts, "dashboard-completed.png"), fullPage: true });

    const video = rowOf(id).locator("video");
    expect(await video.getAttribute("src")).toBe(`${sim.url}/v1/video/${id}`);
    const played = await video.evaluate(async (element: HTMLVideoElement) => {
      element.muted = true;
      await element.play();
      const start = element.currentTime;
      // Up to 5 s for the clock to move (a loaded machine may stall the first frames).
      for (let i = 0; i < 50 && element.currentTime <= start; i++) await new Promise((resolve) => setTimeout(resolve, 100));
      return { readyState: element.readyState, start, later: element.currentTime, error: element.error?.code ?? null };
    });
    expect(played.error).toBeNull();
    expect(played.readyState).toBeGreaterThanOrEqual(2);
    expect(played.later).toBeGreaterThan(played.start);
    await page.screenshot({ path: join(artifacts, "dashboard-video-playing.png"), fullPage: true });
  });

  it("settings applied in the page change the simulator", async () => {
    await page.fill("#settings input[name=speed]", "40");
    await page.fill("#settings input[name=fault_latency_ms]", "5");
    await page.click("#settings button[type=submit]");
    await expect.poll(async () => (await call(sim.url, "/_simulator/settings")).body, SLOW).toMatchObject({ speed: 40, fault_latency_ms: 5 });
    // A value the server refuses (the three fault shares add up to more than 1): the reason shows
    // on the page and nothing changes.
    await page.fill("#settings input[name=fault_error_rate]", "0.6");
    await page.fill("#settings input[name=fault_429_rate]", "0.6");
    await page.click("#settings button[type=submit]");
    await expect.poll(() => page.textContent("#error"), SLOW).toContain("fault shares together must be at most 1");
    expect((await call(sim.url, "/_simulator/settings")).body).toMatchObject({ speed: 40, fault_error_rate: 0, fault_429_rate: 0 });
    // Back to no faults, so the generations below are not hit by them.
    await page.fill("#settings input[name=fault_error_rate]", "0");
    await page.fill("#settings input[name=fault_429_rate]", "0");
    await page.fill("#settings input[name=fault_latency_ms]", "0");
    await page.click("#settings button[type=submit]");
    await expect.poll(async () => (await call(sim.url, "/_simulator/settings")).body, SLOW).toMatchObject({ speed: 40, fault_latency_ms: 0 });
    await expect.poll(() => page.textContent("#error"), SLOW).toBe("");
  });

  it("an audio generation's video is not muted and decodes sound when played", async () => {
    const id = await submitThroughForm({ duration: 2, audio: true, prompt: "Waves with sound" });
    await expect.poll(() => rowOf(id).locator("[data-cell=status]").textContent(), { timeout: 20_000 }).toBe("completed");
    const video = rowOf(id).locator("video");
    const played = await video.evaluate(async (element: HTMLVideoElement & { webkitAudioDecodedByteCount?: number }) => {
      await element.play();
      const decoded = () => element.webkitAudioDecodedByteCount ?? -1;
      for (let i = 0; i < 50 && (element.currentTime === 0 || decoded() === 0); i++) await new Promise((resolve) => setTimeout(resolve, 100));
      return { muted: element.muted, readyState: element.readyState, time: element.currentTime, audioBytes: element.webkitAudioDecodedByteCount ?? -1 };
    });
    expect(played.muted).toBe(false);
    expect(played.readyState).toBeGreaterThanOrEqual(2);
    expect(played.time).toBeGreaterThan(0);
    // Chromium counts the audio bytes it decoded: above 0 only when the file has a sound track.
    expect(played.audioBytes).toBeGreaterThan(0);
  });

  it("a failed generation shows its failure reason", async () => {
    const id = await submitThroughForm({ duration: 1, audio: false, prompt: "Deliberately [fail:content_policy]" });
    await expect.poll(() => rowOf(id).locator("[data-cell=status]").textContent(), { timeout: 20_000 }).toBe("failed");
    expect(await rowOf(id).locator("[data-cell=failure]").textContent()).toMatch(/^content_policy: \S/);
  });

  it("reset usage brings the meter to 0", async () => {
    const before = await page.textContent("#usage-text");
    expect(before).toMatch(/^[1-9]\d* \/ 100 generations$/);
    await page.screenshot({ path: join(artifacts, "dashboard-before-reset.png"), fullPage: true });
    await page.click("#reset-usage");
    await expect.poll(() => page.textContent("#usage-text"), SLOW).toBe("0 / 100 generations");
    expect(await page.locator("#usage-meter").evaluate((meter: HTMLMeterElement) => meter.value)).toBe(0);
    expect((await call(sim.url, "/v1/user")).body.usage.current_month_usage).toBe(0);
    await page.screenshot({ path: join(artifacts, "dashboard-after-reset.png"), fullPage: true });
  });

  it("the key goes only into headers, and nothing leaves loopback", () => {
    expect(watched.requests.length).toBeGreaterThan(10);
    expect(watched.requests.filter((request) => request.includes(DEV_KEY))).toEqual([]);
    expect(watched.external).toEqual([]);
  });

  it("the start banner links the dashboard", () => {
    expect(sim.output()).toContain(`Dashboard: ${sim.url}/dashboard`);
  });

  it("control routes are same-origin only and want a key", async () => {
    const preflight = await fetch(`${sim.url}/_simulator/settings`, {
      method: "OPTIONS",
      headers: { origin: "http://elsewhere.example", "access-control-request-method": "PUT" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    expect((await call(sim.url, "/_simulator/usage/reset", { method: "POST", key: null })).status).toBe(401);
  });
});
