/**
 * Debian's Chromium, headless, through playwright-core (which gives it a fresh profile), with the
 * flags that keep it from calling home, and a context that sees every request: those that leave
 * the machine are aborted and counted, so a browser test can assert there were none.
 */
import { chromium, type Browser, type BrowserContext } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      // Lets a test start a video with sound without a user gesture.
      "--autoplay-policy=no-user-gesture-required",
    ],
  });
}

/** True for URLs that stay on this machine (or inside the page). */
export function isLoopback(url: string): boolean {
  if (/^(data|blob|about):/.test(url)) return true;
  const { hostname } = new URL(url);
  return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
}

export interface WatchedContext {
  context: BrowserContext;
  /** Every request the pages made, as "METHOD url". */
  requests: string[];
  /** Requests beyond loopback (each was aborted). */
  external: string[];
}

/** A context that routes every request through the loopback check; `clipboardOrigin` may use the clipboard. */
export async function watchedContext(browser: Browser, clipboardOrigin?: string): Promise<WatchedContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  if (clipboardOrigin) await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: clipboardOrigin });
  const requests: string[] = [];
  const external: string[] = [];
  await context.route("**/*", (route) => {
    const request = route.request();
    requests.push(`${request.method()} ${request.url()}`);
    if (isLoopback(request.url())) return route.continue();
    external.push(`${request.method()} ${request.url()}`);
    return route.abort("blockedbyclient");
  });
  return { context, requests, external };
}
