/** The start banner: where it listens, the development key, and a curl command to try. */
import { DEV_KEY } from "../../options.ts";
import type { RunningSimulator } from "./server.ts";

export function banner(running: RunningSimulator, devKey: string | false | undefined, extraKeys: number, docs = false): string {
  const key = devKey === false ? undefined : (devKey ?? DEV_KEY);
  const { options } = running.simulator;
  const lines = [
    `VideoGen API simulator listening on ${running.url}`,
    ...(docs ? [`  Docs: ${running.url}/docs/`] : []),
    `  Dashboard: ${running.url}/dashboard`,
    key ? `  Development key: ${key}` : "  Development key: disabled",
    ...(extraKeys > 0 ? [`  Configured keys: ${extraKeys} more`] : []),
    `  Speed ×${options.speed}, ${options.workers} worker(s), ${running.database ? `state in ${running.database}${running.restored > 0 ? ` (${running.restored} generation(s) restored)` : ""}` : "state in memory"}`,
    running.video === "placeholder"
      ? "  Video: placeholder clip (ffmpeg not found; see the README to get real renders)"
      : `  Video: rendered with ${running.video}`,
  ];
  if (key) {
    lines.push(
      "",
      "Try it:",
      `  curl -s -X POST ${running.url}/v1/generate \\`,
      `    -H "Authorization: Bearer ${key}" -H "Content-Type: application/json" \\`,
      `    -d '{"model": "kling_25", "prompt": "A cat playing with a ball in a sunny garden", "duration": 5}'`,
      `  curl -s ${running.url}/v1/status/<generation_id> -H "Authorization: Bearer ${key}"`,
    );
  }
  return lines.join("\n");
}
