import { fileURLToPath } from "node:url";
import { bin, execOk, matrixTests } from "@videogenapi/contract-test-harness";

const projectDir = fileURLToPath(new URL(".", import.meta.url));

await matrixTests({
  column: "orval",
  projectDir,
  packages: ["orval"],
  generate: async ({ specJson, sim }) => {
    const env = { ...process.env, VIDEOGEN_SPEC: specJson, VIDEOGEN_BASE_URL: sim.url };
    await execOk(bin(projectDir, "orval"), ["--config", "orval.config.mjs"], { cwd: projectDir, env });
  },
});
