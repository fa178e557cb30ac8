/** Per-request values the middleware chain hands to the routes. */
import type { Account } from "../auth/accounts.ts";

export interface AppEnv {
  Variables: {
    requestId: string;
    account: Account;
    /** The answer jsonAnswer built, which carries the CORS and request-id headers already. */
    answered: Response;
    /** The RateLimit and RateLimit-Policy fields of an authenticated request's answer. */
    rateLimit: Record<string, string>;
  };
}
