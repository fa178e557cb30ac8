/** The SDKs this one is measured against (pinned as devDependencies), and the entry each user would import. */
export interface Anchor {
  name: string;
  entry: string;
  /** A complete API SDK (as opposed to a bare fetch wrapper). */
  fullSdk: boolean;
}

export const ANCHORS: Anchor[] = [
  { name: "openai", entry: `export { default } from "openai";`, fullSdk: true },
  { name: "@runwayml/sdk", entry: `export { default } from "@runwayml/sdk";`, fullSdk: true },
  { name: "lumaai", entry: `export { default } from "lumaai";`, fullSdk: true },
  { name: "@fal-ai/client", entry: `export { fal } from "@fal-ai/client";`, fullSdk: true },
  { name: "replicate", entry: `export { default } from "replicate";`, fullSdk: true },
  { name: "openapi-fetch", entry: `export { default } from "openapi-fetch";`, fullSdk: false },
];
