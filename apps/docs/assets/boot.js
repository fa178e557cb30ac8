// Starts the Scalar API reference with the configuration the build wrote into the page.
import { createApiReference } from "./scalar/standalone.esm.js";

const config = JSON.parse(document.getElementById("docs-config").textContent);

// The simulator serves these docs under /docs/ (`npm start`): then the server showing this page is
// the API to try, whatever port it listens on.
const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(location.hostname);
if (loopback && location.pathname.startsWith("/docs/") && !config.servers.some((s) => s.url === location.origin)) {
  config.servers.unshift({ url: location.origin, description: "This machine: the local simulator serving these docs" });
}

createApiReference("#app", config);
