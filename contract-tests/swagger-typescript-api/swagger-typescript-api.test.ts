import { fileURLToPath } from "node:url";
import { execOk, matrixTests } from "@videogenapi/contract-test-harness";

const projectDir = fileURLToPath(new URL(".", import.meta.url));

await matrixTests({
  column: "swagger-typescript-api",
  projectDir,
  packages: ["swagger-typescript-api"],
  generate: async ({ specJson, generatedDir }) => {
    await execOk(process.execPath, ["generate.mjs", specJson, generatedDir], { cwd: projectDir });
  },
});
