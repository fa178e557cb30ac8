import { fileURLToPath } from "node:url";
import { bin, execOk, matrixTests } from "@videogenapi/contract-test-harness";

const projectDir = fileURLToPath(new URL(".", import.meta.url));

await matrixTests({
  column: "@hey-api/openapi-ts",
  projectDir,
  packages: ["@hey-api/openapi-ts"],
  generate: async ({ specJson, generatedDir }) => {
    // The default plugins (types + SDK functions) with the fetch client.
    await execOk(bin(projectDir, "openapi-ts"), ["-i", specJson, "-o", generatedDir, "-c", "@hey-api/client-fetch"], { cwd: projectDir });
  },
});
