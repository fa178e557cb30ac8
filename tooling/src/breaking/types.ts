/** The shapes the breaking-change check passes around. */

/** What a change means for users: a major, a minor, or no release at all. */
export type ChangeClass = "breaking" | "non-breaking" | "annotation";

/** One API change, in words, where it happens, and how it was classified. */
export interface ApiChange {
  class: ChangeClass;
  /** The change in words, without its location: "model `wan_25` removed". */
  text: string;
  /** The same words in parts, so a report can put similar changes on one line: the alternative
   * it is in ("model `kling_25`"), the words, and the one value it is about, if any. */
  owner?: string;
  words: string;
  value?: string;
  /** The operation ("POST /v1/generate") or document part ("components") it is in. */
  where: string;
  /** Which part of the operation: "request", "answer 400", "query parameter `limit`". */
  part?: string;
  /** api-smart-diff's own verdict and words, kept for the record. */
  library: { type: string; description?: string; path: string };
  /** Why the class differs from the library's verdict, when it does. */
  reclassified?: string;
}

/** A breaking change the release owner accepted for one baseline, with the reason. */
export interface AcceptedBreak {
  change: string;
  reason: string;
}
