#!/usr/bin/env node
/** @module `videogen-simulator`: parse flags and environment, start, print the banner, stop on a signal. */
import packageJson from "../../../package.json" with { type: "json" };
import { banner } from "./banner.ts";
import { ConfigError, helpText, parseCli } from "./cli-options.ts";
import { startSimulator, type RunningSimulator } from "./server.ts";

async function main(): Promise<void> {
  let parsed: ReturnType<typeof parseCli>;
  try {
    parsed = parseCli(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`videogen-simulator: ${error.message}\nRun videogen-simulator --help for the options.`);
    process.exit(2);
  }
  if (parsed.help) return void console.log(helpText());
  if (parsed.version) return void console.log(packageJson.version);

  let running: RunningSimulator;
  try {
    running = await startSimulator({
      ...parsed.options,
      ...(parsed.quiet ? {} : { log: (line: string) => console.log(line) }),
    });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    console.error(`videogen-simulator: cannot start: ${code === "EADDRINUSE" ? "the port is in use (try --port 0)" : message}`);
    process.exit(1);
  }
  for (const notice of running.notices) console.error(`videogen-simulator: ${notice}`);
  console.log(banner(running, parsed.options.devKey, parsed.options.keys?.length ?? 0, parsed.options.docsDir !== undefined));

  const stop = () => void running.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

await main();
