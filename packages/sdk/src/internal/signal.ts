/**
 * One AbortSignal that fires when any parent fires or a timer runs out — what AbortSignal.any +
 * AbortSignal.timeout do, but available in every runtime, and `done()` clears the timer and unlinks
 * from the parents, so a long-lived caller signal does not collect a listener per request.
 */

/** The abort reason of a link whose own timer fired. */
export const TIMED_OUT: unique symbol = Symbol("timed out") as never;

export interface Link {
  signal: AbortSignal;
  /** Stop the timer only (keep following the parents), e.g. once a streamed response has started. */
  clear(): void;
  /** Stop the timer and unlink from the parents. */
  done(): void;
}

export function link(parent: AbortSignal | undefined, ms: number | undefined): Link {
  const controller = new AbortController();
  const onAbort = () => controller.abort(parent!.reason);
  if (parent?.aborted) onAbort();
  else parent?.addEventListener("abort", onAbort);
  const timer = ms! < Infinity ? setTimeout(() => controller.abort(TIMED_OUT), ms) : undefined;
  const clear = () => clearTimeout(timer);
  return {
    signal: controller.signal,
    clear,
    done() {
      clear();
      parent?.removeEventListener("abort", onAbort);
    },
  };
}
