/**
 * The workspace as the release sees it: which packages are public, and which of them ship the
 * contract and so must be versioned with it — the spec package itself, the package whose public
 * types are generated from it (where redocly.yaml's `x-openapi-ts` output lives: the SDK), every
 * public package built with the spec package (the simulator bundles it), and every public package
 * that depends at run time on one of those (the CLI on the SDK).
 */
import { readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { getPackagesSync } from "@manypkg/get-packages";
import { parse } from "yaml";

export interface WorkspacePackage {
  name: string;
  version: string;
  dir: string;
  private: boolean;
  files: string[];
}

export function workspacePackages(root: string): WorkspacePackage[] {
  return getPackagesSync(root).packages.map(({ packageJson, dir }) => ({
    name: packageJson.name,
    version: packageJson.version,
    dir,
    private: (packageJson as { private?: boolean }).private === true,
    files: (packageJson as { files?: string[] }).files ?? [],
  }));
}

export const publicPackages = (root: string) => workspacePackages(root).filter((pkg) => !pkg.private);

const contains = (dir: string, file: string) => {
  const rel = relative(dir, file);
  return rel !== "" && !rel.startsWith("..") && !rel.startsWith(sep);
};

/** The innermost workspace package holding `file`. */
const ownerOf = (packages: WorkspacePackage[], file: string) =>
  packages.filter((pkg) => contains(pkg.dir, file)).sort((a, b) => b.dir.length - a.dir.length)[0];

export interface ContractPackages {
  spec: WorkspacePackage;
  /** Public packages that must be released with every contract change, the spec package first. */
  all: WorkspacePackage[];
  why: Map<string, string>;
}

export function contractPackages(root: string, bundledSpec: string): ContractPackages {
  const packages = workspacePackages(root);
  const spec = ownerOf(packages, bundledSpec);
  if (!spec) throw new Error(`no workspace package holds ${bundledSpec}`);
  const why = new Map<string, string>([[spec.name, "publishes the contract"]]);

  const redocly = parse(readFileSync(join(root, "redocly.yaml"), "utf8")) as {
    apis?: Record<string, { "x-openapi-ts"?: { output?: string } }>;
  };
  for (const api of Object.values(redocly.apis ?? {})) {
    const output = api["x-openapi-ts"]?.output;
    const owner = output ? ownerOf(packages, join(root, output)) : undefined;
    if (owner && !owner.private && !why.has(owner.name)) why.set(owner.name, "exports types generated from the contract");
  }
  const manifests = new Map(
    packages.map((pkg) => [pkg.name, JSON.parse(readFileSync(join(pkg.dir, "package.json"), "utf8")) as Record<string, Record<string, string> | undefined>]),
  );
  const dependsOn = (pkg: WorkspacePackage, name: string, fields: string[]) => fields.some((field) => manifests.get(pkg.name)?.[field]?.[name]);
  for (const pkg of packages) {
    if (pkg.private || why.has(pkg.name)) continue;
    // A build-time dependency on the spec package means the contract is built into the package.
    if (dependsOn(pkg, spec.name, ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"])) why.set(pkg.name, "bundles the contract");
  }
  // And whatever runs on a package that ships the contract ships it too (the CLI on the SDK).
  for (let grew = true; grew; ) {
    grew = false;
    for (const pkg of packages) {
      if (pkg.private || why.has(pkg.name)) continue;
      const via = [...why.keys()].find((name) => dependsOn(pkg, name, ["dependencies", "peerDependencies"]));
      if (!via) continue;
      why.set(pkg.name, `depends on ${via} at run time`);
      grew = true;
    }
  }
  const all = [spec, ...packages.filter((pkg) => pkg !== spec && why.has(pkg.name))];
  return { spec, all, why };
}
