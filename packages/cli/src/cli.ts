#!/usr/bin/env node
/** The `videogen` executable. */
import { run } from "./program.ts";

process.exitCode = await run(process.argv);
