/** Per-request values the middleware chain hands to the routes. */
import type { Account } from "../auth/accounts.ts";

export interface AppEnv {
  Variables: {
    requestId: string;
    account: Account;
  };
}
