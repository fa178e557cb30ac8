/**
 * How a reader works Scalar's reference page, as Playwright steps: the sidebar, an operation's
 * section, the "One of" lists of a request body, collapsed properties and responses. Selectors
 * are Scalar's own class names and ARIA roles.
 */
import type { Locator, Page } from "playwright-core";

export const sidebar = (page: Page) => page.locator("aside").first();

/** Opens every collapsed sidebar group, until none is left. */
export async function expandSidebar(page: Page): Promise<void> {
  for (let round = 0; round < 100; round++) {
    const closed = sidebar(page).locator('button[aria-expanded="false"]');
    if ((await closed.count()) === 0) return;
    await closed.first().click();
  }
  throw new Error("sidebar groups kept closing");
}

export interface SidebarEntry {
  text: string;
  href: string;
}

export async function sidebarEntries(page: Page): Promise<SidebarEntry[]> {
  return sidebar(page)
    .locator('a[href^="#"]')
    .evaluateAll((links) => links.map((a) => ({ text: (a as HTMLElement).innerText.replace(/\s+/g, " ").trim(), href: a.getAttribute("href")! })));
}

/** The element a sidebar link scrolls to: Scalar ids are "<document slug>/<hash path>". */
export const target = (page: Page, href: string) => page.locator(`[id$="/${href.slice(1)}"]`).first();

export const operationHref = (method: string, path: string, tag: string) =>
  `#tag/${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-")}/${method.toUpperCase()}${path}`;

export const section = (page: Page, href: string) => page.locator(`section[id$="/${href.slice(1)}"]`).first();

/** Opens the response with this status code (a no-op when it is open). */
export async function openResponse(operation: Locator, status: string): Promise<Locator> {
  const toggle = operation.locator(`button[id$=".responses.${status}"]`).first();
  if ((await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
  return toggle.locator("xpath=..");
}

/** Opens every collapsed property inside `scope` and every "Show all values", until none is left. */
export async function expandProperties(scope: Locator): Promise<void> {
  const closed = scope.locator('button.property-toggle[aria-expanded="false"], button:text-is("Show all values")');
  for (let round = 0; round < 200; round++) {
    if ((await closed.count()) === 0) return;
    await closed.first().click();
  }
  throw new Error("properties kept appearing");
}

export const requestBody = (operation: Locator) => operation.locator('[role="group"][aria-label="Request Body"]');

/** Picks `title` in the `index`th "One of" list of the request body. */
export async function chooseOneOf(page: Page, body: Locator, index: number, title: string): Promise<void> {
  const list = body.locator('button[aria-haspopup="listbox"]').nth(index);
  if ((await list.innerText()).includes(title)) return;
  await list.click();
  await page.getByRole("option", { name: title, exact: true }).click();
  await list.filter({ hasText: title }).waitFor();
}

export interface ShownField {
  name: string;
  type: string;
  constant: string;
  values: string[];
  /** Empty when the field shows no default. */
  default: string;
  required: boolean;
}

/** The fields of the request shape on screen, as a reader sees them (rendered text only). */
export async function shownFields(body: Locator): Promise<ShownField[]> {
  const list = body.locator('ul[role="list"]:has(> li.property)').last();
  const showAll = list.locator('button:text-is("Show all values")');
  while ((await showAll.count()) > 0) await showAll.first().click();
  return list.evaluate((ul) =>
    [...ul.querySelectorAll(":scope > li.property")].map((item) => {
      const shown = (selector: string) => {
        const element = item.querySelector<HTMLElement>(selector);
        return element && element.checkVisibility() ? element.innerText.replace(/\s+/g, " ").trim() : "";
      };
      return {
        name: shown(".property-name").replace(/\s/g, ""),
        type: shown(".property-type-signature"),
        constant: shown(".property-const").replace(/^const:\s*/, ""),
        values: [...item.querySelectorAll<HTMLElement>(".property-enum-chip, .property-enum-row-label")].filter((c) => c.checkVisibility()).map((c) => c.innerText.trim()),
        default: shown(".property-default-value"),
        required: shown(".property-required") === "required",
      };
    }),
  );
}
