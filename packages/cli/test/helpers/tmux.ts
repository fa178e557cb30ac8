/**
 * A real pseudo-terminal for the CLI: a detached tmux session of a fixed size, on its own server,
 * whose screen the test reads with capture-pane — what a person would see, escape codes
 * already interpreted. Debian's `tmux` (installed by .ci/run).
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface Terminal {
  /** The visible screen, trailing blank lines dropped. */
  screen(): Promise<string>;
  /** Sends keys as tmux names them, e.g. "C-c". */
  keys(...keys: string[]): Promise<void>;
  /** Captures the screen every `everyMs` until `done(screen)`; resolves with every distinct frame seen. */
  frames(done: (screen: string) => boolean, timeoutMs?: number, everyMs?: number): Promise<string[]>;
  close(): Promise<void>;
}

/** Runs `command` (a shell command line) in a new 120×30 terminal with the given environment. */
export async function openTerminal(command: string, env: Record<string, string>): Promise<Terminal> {
  // A server of its own, on a socket in a temp directory that close() removes.
  const dir = await mkdtemp(join(tmpdir(), "videogen-cli-tmux-"));
  const tmux = (...args: string[]) => run("tmux", ["-u", "-S", join(dir, "socket"), "-f", "/dev/null", ...args]).then((r) => r.stdout);
  const envArgs = Object.entries({ LANG: "C.UTF-8", ...env }).flatMap(([k, v]) => ["-e", `${k}=${v}`]);
  // The shell stays after the command so the last screen can be read; it prints the exit code last.
  await tmux("new-session", "-d", "-s", "cli", "-x", "120", "-y", "30", ...envArgs, `${command}; echo "EXIT:$?"; sleep 600`).catch((error: Error) => {
    throw new Error(`tmux could not start (Debian: apt-get install tmux): ${error.message}`);
  });
  const screen = async () => (await tmux("capture-pane", "-p", "-t", "cli")).replace(/\s+$/, "");
  return {
    screen,
    keys: async (...keys) => void (await tmux("send-keys", "-t", "cli", ...keys)),
    async frames(done, timeoutMs = 30_000, everyMs = 100) {
      const seen: string[] = [];
      for (const until = Date.now() + timeoutMs; ; ) {
        const frame = await screen();
        if (frame !== seen.at(-1)) seen.push(frame);
        if (done(frame)) return seen;
        if (Date.now() > until) throw new Error(`the terminal did not reach the expected screen in ${timeoutMs} ms; last screen:\n${frame}`);
        await new Promise((r) => setTimeout(r, everyMs));
      }
    },
    close: async () => {
      await tmux("kill-server").catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
