/** `--timeout <seconds>` of the commands that wait: a positive number, fractions allowed. */
import { InvalidArgumentError, Option } from "commander";

export const timeoutOption = () =>
  new Option("--timeout <seconds>", "give up waiting after this long (exit 4; the generation goes on). Default: wait until it ends").argParser((text) => {
    const seconds = Number(text);
    if (!(seconds > 0) || !Number.isFinite(seconds)) throw new InvalidArgumentError("Expected a positive number of seconds.");
    return seconds;
  });
