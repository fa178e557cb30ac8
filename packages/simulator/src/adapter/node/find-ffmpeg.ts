/**
 * Finds an ffmpeg binary and a font for the Node renderer: an explicit path, else the static build
 * that the optional `@ffmpeg-installer/ffmpeg` package ships, else `ffmpeg` on PATH.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export function findFfmpeg(explicit?: string): string | undefined {
  if (explicit) return works(explicit) ? explicit : undefined;
  try {
    // The package ships a known static build: checking that it is there keeps start-up fast.
    const bundled = (require("@ffmpeg-installer/ffmpeg") as { path: string }).path;
    if (existsSync(bundled)) return bundled;
  } catch {
    // Optional dependency not installed on this platform: fall through to PATH.
  }
  return works("ffmpeg") ? "ffmpeg" : undefined;
}

/** A TrueType font for the prompt overlay, or undefined (the video is then rendered without text). */
export function findFont(explicit?: string): string | undefined {
  const candidates = [explicit, packagedFont(), "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"];
  return candidates.find((file): file is string => !!file && existsSync(file));
}

function packagedFont(): string | undefined {
  try {
    return require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
  } catch {
    return undefined;
  }
}

function works(binary: string): boolean {
  const result = spawnSync(binary, ["-hide_banner", "-version"], { stdio: "ignore", timeout: 10_000 });
  return result.status === 0;
}
