/**
 * Ctrl-C as an AbortSignal: the first SIGINT aborts what is in flight (the SDK cancels its request
 * and its sleep at once) so the command can say how to resume; a second one exits at once.
 */
import { EXIT } from "./exit-codes.ts";

export interface InterruptScope {
  signal: AbortSignal;
  /** Whether Ctrl-C was pressed. */
  readonly interrupted: boolean;
  dispose(): void;
}

export function onInterrupt(): InterruptScope {
  const controller = new AbortController();
  const handler = () => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    controller.abort(new Error("Interrupted (SIGINT)"));
  };
  process.on("SIGINT", handler);
  return {
    signal: controller.signal,
    get interrupted() {
      return controller.signal.aborted;
    },
    dispose: () => process.off("SIGINT", handler),
  };
}
