/** Errors the CLI raises itself; the SDK's errors cover everything the API and network do. */

/** A bad flag, argument or setting: exit 2, with a hint where one helps. */
export class UsageError extends Error {
  override name = "UsageError";
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Ctrl-C stopped the command; `resume` is the command that picks up where it left off. */
export class Interrupted extends Error {
  override name = "Interrupted";
  constructor(
    message: string,
    readonly generationId?: string,
    readonly resume?: string,
  ) {
    super(message);
  }
}

/** A generation that is not finished cannot be downloaded yet. */
export class NotReadyError extends Error {
  override name = "NotReadyError";
  constructor(
    message: string,
    readonly generationId: string,
    readonly resume: string,
  ) {
    super(message);
  }
}
