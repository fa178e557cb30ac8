/**
 * API keys and their accounts. Keys are looked up as sent; an account is known by the SHA-256 of
 * its key, which is what generations record, so no key is ever stored, logged or echoed.
 */
import type { KeyConfig } from "../options.ts";
import { ApiError } from "../http/errors.ts";
import { sha256Hex } from "../util/random.ts";

export interface Account {
  /** SHA-256 hex of the key. */
  id: string;
  config: KeyConfig;
}

export class Accounts {
  private readonly byKey = new Map<string, KeyConfig>();
  private readonly resolved = new Map<string, Promise<Account>>();
  private readonly known = new Map<string, Account>();

  constructor(keys: KeyConfig[]) {
    for (const config of keys) {
      if (!config.key) throw new Error("a configured API key is empty");
      this.byKey.set(config.key, config);
    }
  }

  /**
   * The account for an `Authorization` header value, or a 401 ApiError (thrown). Hashing a key is
   * asynchronous, so a key's first request gets a promise; later ones get the account itself.
   */
  authenticate(header: string | undefined): Account | Promise<Account> {
    if (!header || !header.trim()) {
      throw new ApiError("missing_api_key", "No API key: send the header Authorization: Bearer <your key>.", "Authorization");
    }
    const token = bearerToken(header);
    const config = token === undefined ? undefined : this.byKey.get(token);
    if (!config) {
      throw new ApiError("invalid_api_key", "The API key is not valid. Check the key you send as Authorization: Bearer <key>.", "Authorization");
    }
    const known = this.known.get(config.key);
    if (known) return known;
    let account = this.resolved.get(config.key);
    if (!account) {
      account = sha256Hex(config.key).then((id) => {
        const ready = { id, config };
        this.known.set(config.key, ready);
        return ready;
      });
      this.resolved.set(config.key, account);
    }
    return account;
  }
}

/** The key of an `Authorization: Bearer <key>` value, or undefined for any other shape. */
export function bearerToken(header: string | undefined): string | undefined {
  return header ? /^Bearer +(\S+) *$/i.exec(header)?.[1] : undefined;
}
