import { fileURLToPath } from "node:url";
import { bin, execOk, matrixTests } from "@videogenapi/contract-test-harness";

const projectDir = fileURLToPath(new URL(".", import.meta.url));

await matrixTests({
  column: "openapi-typescript-codegen",
  projectDir,
  packages: ["openapi-typescript-codegen"],
  generate: async ({ specJson, generatedDir }) => {
    // --useUnionTypes: string unions instead of TS enums, so a plain literal is assignable.
    await execOk(bin(projectDir, "openapi"), ["-i", specJson, "-o", generatedDir, "-c", "fetch", "--useUnionTypes"], { cwd: projectDir });
  },
});
