/**
 * Launches Debian's Chromium headless through playwright-core (which gives it a fresh profile),
 * with the flags that keep it from calling home.
 */
import { chromium, type Browser } from "playwright-core";

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
    ],
  });
}

/** True for URLs that stay on this machine (or inside the page). */
export function isLocal(url: string): boolean {
  if (/^(data|blob|about):/.test(url)) return true;
  const { hostname } = new URL(url);
  return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
}
