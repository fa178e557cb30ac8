/** The guide pages shown before the API reference, in sidebar order. Content lives in pages/*.md. */
export interface Page {
  /** Sidebar title; also the name of the tag that carries the page. */
  title: string;
  file: string;
}

export const guidePages: Page[] = [
  { title: "Quickstart: Node", file: "quickstart-node.md" },
  { title: "Quickstart: Deno", file: "quickstart-deno.md" },
  { title: "Quickstart: Cloudflare Workers", file: "quickstart-workers.md" },
  { title: "Quickstart: Browser", file: "quickstart-browser.md" },
  { title: "Generating videos", file: "generating.md" },
  { title: "Models", file: "models.md" },
  { title: "Waiting for a video", file: "waiting.md" },
  { title: "Errors and retries", file: "errors.md" },
  { title: "Offline development", file: "offline.md" },
  { title: "Run a shared simulator for your team", file: "team-simulator.md" },
];
