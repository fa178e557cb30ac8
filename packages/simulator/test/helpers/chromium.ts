/**
 * Debian's Chromium, headless, through playwright-core, with the flags that keep it from calling
 * home; a context that counts (and aborts) every request leaving loopback.
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
      // Lets the test start an unmuted video (one with sound) without a user gesture.
      "--autoplay-policy=no-user-gesture-required",
    ],
  });
}

function isLoopback(url: string): boolean {
  if (/^(data|blob|about):/.test(url)) return true;
  const { hostname } = new URL(url);
  return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
}

export interface WatchedContext {
  context: BrowserContext;
  /** Every request made, as "METHOD url". */
  requests: string[];
  /** Requests beyond loopback (each was aborted). */
  external: string[];
}

export async function watchedContext(browser: Browser): Promise<WatchedContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
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
