/**
 * The built site in headless Chromium, with every non-loopback request blocked and counted: it
 * must render completely offline, list every operation, show every model and the code samples,
 * and its search must find "image_url". Saves screenshots to test-artifacts/ for reviewers.
 * Redoc renders sections lazily, so the test navigates the sidebar as a reader would.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isLocal, launchChromium } from "./chromium.ts";
import { serveFolder } from "./static-server.ts";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const artifacts = fileURLToPath(new URL("../test-artifacts/", import.meta.url));
const spec = JSON.parse(readFileSync(`${dist}openapi.json`, "utf8"));
const operations = Object.values(spec.paths).flatMap((item: any) =>
  ["get", "post", "head"].filter((method) => item[method]).map((method) => item[method]),
);

let server: Awaited<ReturnType<typeof serveFolder>>;
let browser: Browser;
let page: Page;
const external: string[] = [];

beforeAll(async () => {
  server = await serveFolder(dist);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    external.push(url);
    return route.abort();
  });
  await page.goto(`${server.url}/index.html`, { waitUntil: "networkidle" });
  await page.getByText("API reference").first().waitFor({ timeout: 20_000 });
  mkdirSync(artifacts, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Redoc 3's sidebar is the list that holds both groups.
const sidebar = () => page.locator("ul", { hasText: "API reference" }).first();

describe("the docs site in Chromium", () => {
  it("lists every operation of the contract in the sidebar", async () => {
    expect(operations).toHaveLength(6);
    // Expanding one tag may fold another, so read the sidebar after each.
    let seen = "";
    for (const tag of spec["x-tagGroups"][1].tags as string[]) {
      await sidebar().getByText(tag, { exact: true }).click();
      seen += await sidebar().innerText();
    }
    for (const operation of operations) expect(seen).toContain(operation.summary);
  });

  it("shows the cURL samples with an operation", async () => {
    await page.goto(`${server.url}/index.html#/generation/generatevideo`, { waitUntil: "networkidle" });
    const sample = page.getByText('curl -X POST "https://videogenapi.com/api/v1/generate"').first();
    await sample.waitFor({ state: "visible", timeout: 10_000 });
    expect(await sample.isVisible()).toBe(true);
    await page.screenshot({ path: `${artifacts}docs-operation.png` });
  });

  it("shows every model of the contract in the model table", async () => {
    await sidebar().getByText("Models", { exact: true }).click();
    const table = page.locator("table", { hasText: "Max res." }).first();
    await table.waitFor({ timeout: 10_000 });
    const text = await table.innerText();
    for (const model of spec.components.schemas.ModelKey.enum as string[]) expect(text).toContain(model);
    await page.screenshot({ path: `${artifacts}docs-models.png` });
  });

  it("finds image_url with its search", async () => {
    await page.getByText("Search", { exact: false }).first().click();
    await page.locator('input[placeholder^="Search"]').fill("image_url");
    const hit = page.getByText("Generate a video").last();
    await hit.waitFor({ timeout: 10_000 });
    const dialog = await page.locator("body").innerText();
    expect(dialog).toMatch(/POST\s+\/v1\/generate/);
    await page.screenshot({ path: `${artifacts}docs-search.png` });
    await page.keyboard.press("Escape");
  });

  it("made zero requests beyond loopback while a reader used it", () => {
    expect(external, external.join("\n")).toEqual([]);
  });
});
