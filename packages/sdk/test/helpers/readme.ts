/** The README's fenced code blocks, so a test can check that what a reader copies is what runs. */
import { readFileSync } from "node:fs";

export interface CodeBlock {
  lang: string;
  code: string;
  /** The nearest `##` heading above the block. */
  section: string;
}

export const readmePath = new URL("../../README.md", import.meta.url);

export function readmeBlocks(): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let section = "";
  for (const m of readFileSync(readmePath, "utf8").matchAll(/^## (.+)$|^```(\w*)\n([\s\S]*?)^```$/gm)) {
    if (m[1] !== undefined) section = m[1];
    else blocks.push({ lang: m[2]!, code: m[3]!, section });
  }
  return blocks;
}
