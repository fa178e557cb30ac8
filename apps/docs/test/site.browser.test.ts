/**
 * The built site in headless Chromium, served by the real simulator process (`--docs-dir`, as
 * `npm start` does) so that Try-it has a server. One reader's session: it opens every sidebar
 * entry; expands every operation and reads its parameters, responses and error codes; on
 * POST /v1/generate switches every model and mode and reads each request field's type, allowed
 * values and default and the shape's rule; searches; copies each code sample; sends a generation
 * with Try-it and finds it on the simulator. Every request is checked: those beyond loopback are
 * blocked and counted, and must be zero. Expectations come from the bundled spec. Screenshots go
 * to test-artifacts/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startSimulator, type RunningSimulator } from "@videogenapi/tooling/simulator";
import { DEV_KEY } from "@videogenapi/simulator";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guidePages } from "../src/pages.ts";
import { launchChromium, watchedContext, type WatchedContext } from "@videogenapi/tooling/chromium";
import {
  chooseOneOf,
  expandProperties,
  expandSidebar,
  operationHref,
  openResponse,
  requestBody,
  section,
  shownFields,
  sidebar,
  sidebarEntries,
  target,
} from "./reference-page.ts";
import { catalog, errorCodes, operations, rendered, requestShapes, spec } from "./spec-expectations.ts";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const docsSpec = JSON.parse(readFileSync(`${dist}openapi.json`, "utf8"));
const artifacts = fileURLToPath(new URL("../test-artifacts/", import.meta.url));
const generate = operations.find((o) => o.method === "post" && o.path === "/v1/generate")!;
const hrefOf = (o: (typeof operations)[number]) => operationHref(o.method, o.path, o.operation.tags[0]);

let server: RunningSimulator;
let browser: Browser;
let watched: WatchedContext;
let page: Page;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await startSimulator(["--docs-dir", dist, "--speed", "2000"]);
  browser = await launchChromium();
  watched = await watchedContext(browser, server.url);
  page = await watched.context.newPage();
  await page.goto(`${server.url}/docs/`);
  await sidebar(page).getByText("Introduction", { exact: true }).waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const flat = (text: string) => text.replace(/\s+/g, " ");

/** Clicks the sidebar link to `href` (opening the groups around it first) and waits for its section. */
async function open(href: string) {
  const link = sidebar(page).locator(`a[href="${href}"]`);
  if (!(await link.isVisible())) await expandSidebar(page);
  await link.click();
  await target(page, href).waitFor({ state: "visible" });
}

describe("the docs site, used in Chromium", () => {
  it("loads Scalar and its icon from this site", async () => {
    const icon = await page.locator('link[rel="icon"]').first().evaluate((link) => (link as HTMLLinkElement).href);
    expect(icon).toBe(`${server.url}/docs/favicon.svg`);
    const answer = await fetch(icon);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("image/svg+xml");
    expect(watched.requests).toContain(`GET ${server.url}/docs/scalar/standalone.esm.js`);
    await page.screenshot({ path: `${artifacts}docs-introduction.png` });
  });

  it("opens every sidebar entry", async () => {
    await expandSidebar(page);
    const entries = await sidebarEntries(page);
    const texts = entries.map((e) => e.text);
    const expected = [
      ...guidePages.map((p) => p.title),
      ...(spec.tags as Array<{ name: string }>).map((t) => t.name),
      ...operations.map((o) => o.summary),
    ];
    for (const text of expected) expect(texts.some((t) => t.startsWith(text)), text).toBe(true);

    const opened: string[] = [];
    for (const entry of entries) {
      await open(entry.href);
      expect(new URL(page.url()).hash).toBe(entry.href);
      expect(await target(page, entry.href).isVisible(), entry.href).toBe(true);
      opened.push(entry.href);
    }
    expect(opened).toHaveLength(entries.length);
    console.log(`sidebar: opened ${opened.length} of ${entries.length} entries`);
  }, 180_000);

  it("shows every guide's code whole and highlighted, and every code in a table on one line", async () => {
    const clipped: string[] = [];
    let blocks = 0;
    let codesInTables = 0;
    for (const guide of guidePages) {
      const href = (await sidebarEntries(page)).find((e) => e.text === guide.title)!.href;
      await open(href);
      const shown = await section(page, href).evaluate((element) => ({
        pre: [...element.querySelectorAll("pre")].map((pre) => ({
          overflow: pre.scrollWidth - pre.clientWidth,
          highlighted: pre.querySelector("code.hljs") !== null,
          text: pre.innerText.slice(0, 40),
        })),
        brokenCodes: [...element.querySelectorAll("td code")].filter((code) => code.getClientRects().length > 1).map((c) => c.textContent),
        tableCodes: element.querySelectorAll("td code").length,
      }));
      blocks += shown.pre.length;
      codesInTables += shown.tableCodes;
      for (const pre of shown.pre) if (pre.overflow > 1) clipped.push(`${guide.title}: ${pre.text}`);
      expect(shown.pre.filter((pre) => !pre.highlighted).map((pre) => pre.text), guide.title).toEqual([]);
      expect(shown.brokenCodes, guide.title).toEqual([]);
    }
    expect(clipped).toEqual([]);
    expect(blocks).toBeGreaterThan(0);
    expect(codesInTables).toBeGreaterThan(0);
    const errors = guidePages.find((p) => p.file === "errors.md")!;
    await open((await sidebarEntries(page)).find((e) => e.text === errors.title)!.href);
    await page.screenshot({ path: `${artifacts}docs-guide-errors.png` });
    console.log(`guides: ${blocks} code blocks, none clipped; ${codesInTables} codes in tables, none broken`);
  });

  it.each(operations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))(
    "%s shows its parameters and every response, and an error answer lists every error code",
    async (_, operation) => {
      const href = hrefOf(operation);
      await open(href);
      const card = section(page, href);
      const text = flat(await card.innerText());
      expect(text).toContain(operation.summary);
      for (const parameter of operation.parameters) expect(text, parameter).toContain(parameter);
      for (const { status, description } of operation.responses) {
        expect(description, `${status} has a description in the spec`).not.toBe("");
        const response = flat(await (await openResponse(card, status)).innerText());
        expect(response).toContain(status);
        expect(response).toContain(description);
      }
      if (!operation.errorResponse) return;
      const error = await openResponse(card, operation.errorResponse);
      await expandProperties(error);
      const codes = flat(await error.innerText());
      for (const code of errorCodes.enum as string[]) {
        expect(codes, code).toContain(code);
        expect(codes, code).toContain(rendered(errorCodes["x-enumDescriptions"][code]));
      }
    },
  );

  it("reads every model and mode of the catalog from the spec (the expectations below)", () => {
    expect(requestShapes.map((s) => s.modelKey)).toEqual(catalog.models.flatMap((m) => m.modes.map(() => m.key)));
    for (const shape of requestShapes) {
      const model = catalog.models.find((m) => m.key === shape.modelKey)!;
      const field = (name: string) => shape.fields.find((f) => f.name === name)!;
      const durations = Array.from({ length: model.durations.max - model.durations.min + 1 }, (_, i) => String(model.durations.min + i));
      expect(field("duration").values.length ? field("duration").values : [field("duration").constant], shape.modelKey).toEqual(durations);
      expect(field("duration").default).toBe(String(model.durations.default));
      expect(field("resolution").values.length ? field("resolution").values : [field("resolution").constant]).toEqual(model.resolutions);
      expect(field("resolution").default).toBe(model.defaultResolution);
    }
  });

  it("POST /v1/generate shows, for every model and mode, every field with its type, values, default and rule", async () => {
    const href = hrefOf(generate);
    await open(href);
    const body = requestBody(section(page, href));
    const seen: string[] = [];
    let model = "";
    for (const shape of requestShapes) {
      if (shape.modelTitle !== model) await chooseOneOf(page, body, 0, (model = shape.modelTitle));
      if (shape.modeTitle) await chooseOneOf(page, body, 1, shape.modeTitle);
      const where = `${shape.modelKey} ${shape.modeTitle ?? ""}`;
      // The list re-renders after a switch: read it until it shows this shape's fields.
      let shown = await shownFields(body);
      await expect
        .poll(async () => (shown = await shownFields(body)).map((f) => f.name).sort(), { message: where, timeout: 10_000 })
        .toEqual(shape.fields.map((f) => f.name).sort());
      expect(shown.find((f) => f.name === "model")?.constant, where).toBe(shape.modelKey);
      for (const field of shape.fields) {
        const on = shown.find((f) => f.name === field.name)!;
        const at = `${where}: ${field.name}`;
        // A short enum shows as its values in the type ("480p" or "720p"), a longer one as chips.
        const literals = on.type.split(" or ").map((v) => v.replace(/^"|"$/g, ""));
        if (field.constant !== undefined) expect(on.constant, at).toBe(field.constant);
        else if (on.values.length === 0 && field.values.length > 0) expect(literals, at).toEqual(field.values);
        else expect(on.type, at).toBe(field.type);
        if (on.values.length > 0) expect(on.values, at).toEqual(field.values);
        expect(on.default, at).toBe(field.default ?? "");
        expect(on.required, at).toBe(field.required);
      }
      const bodyText = flat(await body.innerText());
      for (const rule of shape.rules) expect(bodyText, where).toContain(rule);
      seen.push(`${where}: ${shown.length}/${shape.fields.length} fields, ${shape.rules.length} rule`);
      if (shape === requestShapes.find((s) => s.modeTitle && s.fields.some((f) => f.name === "image_url"))) {
        await body.screenshot({ path: `${artifacts}docs-generate-${shape.modelKey}-image.png` });
      }
    }
    expect(seen).toHaveLength(requestShapes.length);
    console.log(`POST /v1/generate request shapes:\n  ${seen.join("\n  ")}`);
  }, 180_000);

  it("finds image_url with its search: the operation and every guide that names it", async () => {
    await sidebar(page).getByRole("button", { name: /Open Search/ }).click();
    await page.keyboard.type("image_url");
    const results = page.getByRole("dialog").last();
    await results.getByText(generate.summary).first().waitFor();
    const text = flat(await results.innerText());
    expect(text).toContain(`${generate.summary} , ${generate.method.toUpperCase()}`);
    expect(text).toContain(generate.path);
    const guides = (docsSpec.tags as Array<{ name: string; description?: string }>).filter((t) => guidePages.some((p) => p.title === t.name));
    for (const guide of guides.filter((g) => g.description?.includes("image_url"))) expect(text).toContain(`Tag: ${guide.name}`);
    await page.screenshot({ path: `${artifacts}docs-search.png` });
    await results.getByText(generate.summary).first().click();
    await expect.poll(() => new URL(page.url()).hash, { timeout: 10_000 }).toBe(hrefOf(generate));
    await section(page, hrefOf(generate)).waitFor({ state: "visible" });
  });

  it("copies each code sample of POST /v1/generate to the clipboard", async () => {
    await open(hrefOf(generate));
    const card = section(page, hrefOf(generate));
    const samples: Array<{ label: string; source: string }> = generate.operation["x-codeSamples"];
    expect(samples.length).toBeGreaterThan(0);
    for (const sample of samples) {
      await card.getByRole("button", { name: /Change code sample language/ }).click();
      await page.getByRole("option", { name: sample.label, exact: true }).click();
      const block = card.locator(".scalar-code-block").first();
      await expect.poll(async () => flat(await block.innerText()), { message: sample.label, timeout: 10_000 }).toContain(flat(sample.source).trim());
      await block.hover();
      await block.locator("button.scalar-code-copy").click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied.trimEnd(), sample.label).toBe(sample.source.trimEnd());
      // Shown whole (long lines wrap) and highlighted.
      const shown = await block.evaluate((element) => {
        const scroller = element.querySelector(".custom-scroll")!;
        return { overflow: scroller.scrollWidth - scroller.clientWidth, tokens: element.querySelectorAll('code.hljs [class^="hljs-"]').length };
      });
      expect(shown.overflow, sample.label).toBeLessThanOrEqual(1);
      expect(shown.tokens, sample.label).toBeGreaterThan(0);
    }
    await card.locator(".scalar-code-block").first().screenshot({ path: `${artifacts}docs-code-sample.png` });
  });

  it("sends a generation with Try-it to the simulator and shows its answer", async () => {
    await open(hrefOf(generate));
    const card = section(page, hrefOf(generate));
    await card.getByRole("button", { name: /Test Request/ }).click();
    const client = page.getByRole("dialog").last();
    await expect.poll(() => client.innerText(), { timeout: 10_000 }).toContain(server.url);
    // The bearer token comes pre-filled with the simulator's development key.
    expect(await client.getByPlaceholder("Token").inputValue()).toBe(DEV_KEY);

    await client.getByRole("button", { name: /^Send post request/ }).click();
    await expect.poll(() => client.innerText(), { timeout: 15_000 }).toMatch(/200\s+OK/);
    const answer = await client.innerText();
    const id = /"generation_id":\s*"([^"]+)"/.exec(answer)?.[1];
    expect(id, answer).toBeTruthy();
    expect(watched.requests).toContain(`POST ${server.url}${generate.path}`);
    await page.screenshot({ path: `${artifacts}docs-try-it.png` });

    const status = await fetch(`${server.url}/v1/status/${id}`, { headers: { authorization: `Bearer ${DEV_KEY}` } });
    expect(status.status).toBe(200);
    expect(await status.json()).toMatchObject({ success: true, generation_id: id });
    await page.keyboard.press("Escape");
  });

  it("made zero requests beyond loopback while a reader used it, and never asked for /favicon.ico", () => {
    console.log(`requests: ${watched.requests.length} made, ${watched.external.length} beyond loopback (blocked)`);
    expect(watched.external, watched.external.join("\n")).toEqual([]);
    expect(watched.requests.filter((r) => r.endsWith("/favicon.ico"))).toEqual([]);
  });
});
