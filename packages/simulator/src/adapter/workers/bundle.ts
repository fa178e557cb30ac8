/**
 * Bundles the Worker into one ES module with esbuild (which inlines the spec's JSON import), with
 * the validators compiled ahead of time and served to the bundle as virtual modules.
 */
import { build, type BuildOptions, type Plugin } from "esbuild";
import { fileURLToPath } from "node:url";
import { precompiledValidators } from "./precompiled.ts";

/** `isolate`: state per isolate (worker.ts); `team`: state in Durable Objects (team.ts, wrangler.toml). */
const ENTRIES = { isolate: "./worker.ts", team: "./team.ts" } as const;
export type WorkerEntry = keyof typeof ENTRIES;
const NAMESPACE = "videogen-precompiled";
const INDEX = "videogen:precompiled-validators";
const specifiers = { body: `${INDEX}/body`, params: `${INDEX}/params` };

function precompiledPlugin(): Plugin {
  return {
    name: NAMESPACE,
    setup(esbuild) {
      let modules: ReturnType<typeof precompiledValidators> | undefined;
      esbuild.onResolve({ filter: /^videogen:precompiled-validators/ }, (args) => ({ path: args.path, namespace: NAMESPACE }));
      esbuild.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
        modules ??= precompiledValidators(specifiers);
        const contents = args.path === INDEX ? modules.index : args.path === specifiers.body ? modules.body : modules.params;
        // The generated code requires ajv's runtime helpers and ajv-formats: resolve them from here.
        return { contents, loader: "js", resolveDir: fileURLToPath(new URL(".", import.meta.url)) };
      });
    },
  };
}

/** How a Worker is bundled, as wrangler does: one ES module, resolving packages' worker/browser conditions. */
export const WORKER_BUILD = {
  bundle: true,
  write: false,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  conditions: ["workerd", "worker", "browser"],
  mainFields: ["browser", "module", "main"],
  logLevel: "silent",
} satisfies BuildOptions;

/** The Worker's script: one ES module for `wrangler deploy --no-bundle` or miniflare. */
export async function bundleWorker(options: { minify?: boolean; entry?: WorkerEntry } = {}): Promise<string> {
  const entry = fileURLToPath(new URL(ENTRIES[options.entry ?? "isolate"], import.meta.url));
  const { outputFiles } = await build({
    ...WORKER_BUILD,
    entryPoints: [entry],
    minify: options.minify ?? false,
    plugins: [precompiledPlugin()],
  });
  return outputFiles[0]!.text;
}
