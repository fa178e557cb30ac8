/**
 * Every quickstart tells a reader how to install the SDK (and how to use the packed tarball until it is on
 * npm), and the Deno page runs its example with the permissions the runtime matrix grants it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const built = JSON.parse(readFileSync(new URL("../dist/openapi.json", import.meta.url), "utf8"));
const page = (title: string): string => built.tags.find((t: any) => t.name === title)?.description ?? "";
const sdk = JSON.parse(readFileSync(new URL("../../../packages/sdk/package.json", import.meta.url), "utf8"));
// npm and pnpm name a scoped package's tarball "<scope>-<name>-<version>.tgz".
const tarball = `${sdk.name.replace(/^@/, "").replace("/", "-")}-<version>.tgz`;

describe.each(["Quickstart: Node", "Quickstart: Deno", "Quickstart: Cloudflare Workers", "Quickstart: Browser"])("%s", (title) => {
  it("shows the npm install step and the packed-tarball fallback", () => {
    const text = page(title);
    expect(text).toContain(`npm install ${sdk.name}`);
    expect(text).toContain(`pnpm --filter ${sdk.name} build`);
    expect(text).toContain("pnpm pack");
    expect(text).toMatch(new RegExp(`npm install \\S+/packages/sdk/${tarball.replace(/[.<>]/g, "\\$&")}`));
  });
});

it("the Deno page runs example.ts with the permissions the runtime matrix grants", () => {
  const matrix = readFileSync(new URL("../../../runtime-tests/deno/deno.test.mjs", import.meta.url), "utf8");
  const granted = matrix.match(/const permissions = (\[[^\]]*\]);/)?.[1];
  expect(granted, "runtime-tests/deno/deno.test.mjs no longer lists `const permissions = [...]`").toBeDefined();
  const command = ["deno", "run", ...JSON.parse(granted!), "example.ts"].join(" ");
  expect(page("Quickstart: Deno")).toContain("```sh\n" + command + "\n```");
});
