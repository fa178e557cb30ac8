/**
 * Runs one consumer's bundled lifecycle in its own Node process, as an application would:
 *   node runner.mjs <bundle.mjs> <input.json> <out dir>
 * writes the videos it got to <out dir> and prints the rest of the result as one JSON line.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [bundle, inputFile, outDir] = process.argv.slice(2);
const { lifecycle } = await import(pathToFileURL(bundle).href);
const { clientVideo, video, ...rest } = await lifecycle(JSON.parse(await readFile(inputFile, "utf8")));
await writeFile(join(outDir, "video.mp4"), video);
const clientKind = clientVideo === null ? "null" : typeof clientVideo === "string" ? "text" : "bytes";
if (clientVideo !== null) await writeFile(join(outDir, "client-video.bin"), clientVideo);
console.log(`RESULT ${JSON.stringify({ ...rest, clientKind })}`);
