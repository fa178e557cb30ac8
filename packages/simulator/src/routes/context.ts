/** What every route needs: the store, options, accounts and the video source. */
import type { Accounts } from "../auth/accounts.ts";
import type { RateLimiter } from "../limits/rate-limit.ts";
import type { ResolvedOptions } from "../options.ts";
import type { Store } from "../store/types.ts";
import type { VideoSource } from "../video/source.ts";

export interface SimulatorContext {
  options: ResolvedOptions;
  store: Store;
  accounts: Accounts;
  rateLimiter: RateLimiter;
  video: VideoSource;
  newGenerationId: () => string;
}

/** Base of absolute URLs: the configured public URL, else the origin the request was sent to. */
export function publicBase(requestUrl: string, options: ResolvedOptions): string {
  if (options.publicUrl) return options.publicUrl;
  return new URL(requestUrl).origin;
}
