/** The process exit codes, documented in the README and in `videogen --help`. */
export const EXIT = {
  /** The command did what it was asked. */
  ok: 0,
  /** The API answered with an error, the network failed, or the video could not be written. */
  apiError: 1,
  /** A bad flag, argument or value (caught before any request), or no API key. */
  usage: 2,
  /** The generation ended `failed`. */
  generationFailed: 3,
  /** `--timeout` passed while waiting; the generation goes on. */
  timedOut: 4,
  /** Ctrl-C (SIGINT): 128 + 2, as shells report it. */
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
