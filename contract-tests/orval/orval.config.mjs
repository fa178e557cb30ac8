// orval's fetch client, generated from the bundled spec into .out/ (the test sets both variables).
// The fetch client builds absolute URLs from `baseUrl`, so the server's address is a generation-time
// setting here: the test generates against the simulator it started.
import { defineConfig } from "orval";

export default defineConfig({
  videogen: {
    input: { target: process.env.VIDEOGEN_SPEC },
    output: { target: ".out/generated/api.ts", client: "fetch", baseUrl: process.env.VIDEOGEN_BASE_URL },
  },
});
