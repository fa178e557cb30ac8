#!/usr/bin/env node
// The `videogen-simulator` command. The code is built into dist/; this file is committed so that a
// workspace install can link the command before anything is built (no "Failed to create bin").
import "../dist/bin.js";
