/**
 * index.html: the Scalar bundle from our own folder, the configuration as inline JSON, and an icon
 * link (so browsers do not ask the server for /favicon.ico).
 */
const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
// Inside <script>, only "</" can end the element early.
const inlineJson = (value: unknown) => JSON.stringify(value).replace(/<\//g, "<\\/");

export function pageHtml({ title, favicon, config }: { title: string; favicon: string; config: unknown }): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" type="image/svg+xml" href="${escapeHtml(favicon)}" />
  </head>
  <body>
    <noscript>This reference needs JavaScript. The contract it shows is <a href="openapi.json">openapi.json</a>.</noscript>
    <div id="app"></div>
    <script id="docs-config" type="application/json">${inlineJson(config)}</script>
    <script type="module" src="boot.js"></script>
  </body>
</html>
`;
}
