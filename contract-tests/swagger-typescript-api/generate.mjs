// swagger-typescript-api's programmatic API: its CLI ignores --http-client=fetch, this honours it.
//   node generate.mjs <spec> <output dir>
import { resolve } from "node:path";
import { generateApi } from "swagger-typescript-api";

const [spec, output] = process.argv.slice(2);
await generateApi({
  input: resolve(spec),
  output: resolve(output),
  fileName: "api.ts",
  httpClientType: "fetch",
  // String unions instead of TS enums, so a plain literal is assignable.
  enumStyle: "union",
  silent: true,
});
