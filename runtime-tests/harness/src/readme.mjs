/** The README's code blocks, so a test can check that the example a newcomer copies is the one that runs. */
import { readFile } from "node:fs/promises";

export async function readmeCodeBlocks(readmePath) {
  const text = await readFile(readmePath, "utf8");
  return [...text.matchAll(/^```[^\n]*\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
}

/** Throws unless `file`'s contents appear, verbatim, as one code block of the README. */
export async function assertReadmeShows(readmePath, file) {
  const code = await readFile(file, "utf8");
  const blocks = await readmeCodeBlocks(readmePath);
  if (!blocks.includes(code)) throw new Error(`${readmePath} has no code block identical to ${file}: copy the file into it`);
}
