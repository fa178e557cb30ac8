#!/usr/bin/env node
// The `videogen` command. The code is built into dist/; this file is committed so that a workspace
// install can link the command before anything is built, and says what to do when it is not.
import { existsSync } from "node:fs";

const built = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(built)) {
  console.error("videogen: the CLI is not built yet. In this repository, run: npm run build -- --filter=@videogenapi/cli");
  process.exit(2);
}
await import(built.href);
