/**
 * The Scalar API reference configuration: everything from the spec and the simulator's
 * development key, and nothing that leaves the machine — no proxy (Try-it calls the chosen server
 * directly; the simulator answers CORS), no hosted fonts, no telemetry, no AI agent or MCP, no
 * client-generation upsell. The page (assets/boot.js) adds its own origin as the first server when
 * a loopback server serves it, i.e. when the simulator does (`npm start`).
 */
type Json = Record<string, any>;

export interface DocsConfigInput {
  /** The docs variant of the spec (servers and security schemes are read from it). */
  spec: Json;
  /** The key the local simulator accepts, pre-filled for Try-it. */
  devKey: string;
  /** The spec file next to index.html. */
  specFile: string;
  /** The icon file next to index.html. */
  favicon: string;
  customCss: string;
}

const isLoopback = (url: string) => ["127.0.0.1", "localhost", "[::1]"].includes(new URL(url).hostname);

export function scalarConfig({ spec, devKey, specFile, favicon, customCss }: DocsConfigInput): Json {
  const servers: Json[] = spec.servers ?? [];
  const scheme = Object.keys(spec.security?.[0] ?? {})[0] ?? Object.keys(spec.components?.securitySchemes ?? {})[0];
  if (!scheme) throw new Error("spec: no security scheme to pre-fill the development key into");
  return {
    url: specFile,
    title: spec.info?.title,
    favicon,
    customCss,
    // Try-it: a local server first (the development key only works there), then the others.
    servers: [...servers.filter((s) => isLoopback(s.url)), ...servers.filter((s) => !isLoopback(s.url))],
    authentication: { preferredSecurityScheme: scheme, securitySchemes: { [scheme]: { token: devKey } } },
    persistAuth: false,
    // Nothing off the machine.
    withDefaultFonts: false,
    telemetry: false,
    mcp: { disabled: true },
    agent: { disabled: true },
    hideClientButton: true,
    showDeveloperTools: "never",
    // Code samples: the spec's own (x-codeSamples, each run by the tests), not generated ones.
    hiddenClients: true,
    documentDownloadType: "json",
    // Reading: the spec's property order, JSON types rather than schema names, one theme. Every
    // schema shows where it is used (each model and mode in the request, each response), so the
    // sidebar lists the guides and the operations, not sixty schema names.
    orderSchemaPropertiesBy: "preserve",
    hideModelNames: true,
    hideModels: true,
    hideDarkModeToggle: true,
    forceDarkModeState: "light",
    theme: "default",
    layout: "modern",
  };
}
