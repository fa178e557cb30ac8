/**
 * The one size measurement used for this SDK and the anchors alike: esbuild `--bundle --minify`
 * (ESM, browser platform) of an entry that imports the client, then gzip (level 9).
 */
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

export interface Size {
  minified: number;
  gzip: number;
}

/** `entry` is module source, resolved from the package root (so bare imports find devDependencies). */
export async function measure(entry: string): Promise<Size> {
  const result = await build({
    stdin: { contents: entry, resolveDir: fileURLToPath(new URL("..", import.meta.url)), loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** The full client: `VideoGen` with everything it reaches (errors, retries, wait, download, validation). */
export const FULL_CLIENT = `export { VideoGen } from "./src/index.ts";`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { minified, gzip } = await measure(FULL_CLIENT);
  console.log(`@videogenapi/sdk full client: ${minified} B minified, ${gzip} B min+gzip`);
}
