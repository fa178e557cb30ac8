/** The one percent both renderers show: the server's estimate while active, 100 once completed. */
import type { Generation } from "@videogenapi/sdk";

export function generationPercent(g: Generation): number {
  if (g.status === "completed") return 100;
  return g.status === "failed" ? 0 : g.progress;
}
