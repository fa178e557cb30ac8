/**
 * Frame size for a resolution and aspect ratio. The resolution names the short side (`720p` →
 * 720 px), as in the contract's "480p (854×480 at 16:9)"; the long side follows the ratio, rounded
 * to an even number as H.264 (yuv420p) needs. Image-to-video has no ratio of its own here (the
 * simulator does not fetch the image), so it uses the contract's default ratio.
 */
import { schema } from "../contract/spec.ts";

const DEFAULT_RATIO = String(schema("AspectRatio").default);

export function frameSize(resolution: string, aspectRatio: string | null): { width: number; height: number } {
  const short = Number.parseInt(resolution, 10);
  const [w, h] = (aspectRatio ?? DEFAULT_RATIO).split(":").map(Number) as [number, number];
  const even = (n: number) => Math.max(2, Math.round(n / 2) * 2);
  if (w >= h) return { width: even((short * w) / h), height: even(short) };
  return { width: even(short), height: even((short * h) / w) };
}
