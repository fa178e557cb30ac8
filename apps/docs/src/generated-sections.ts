/**
 * The parts of the guide pages that state API facts, rendered from the spec's catalog so they can
 * never drift from the contract. Pages mark where each goes with `<!-- generated:NAME -->`.
 */
import type { Catalog } from "@videogenapi/tooling/catalog";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)].join("\n");

function durations({ min, max, default: fallback }: Catalog["models"][number]["durations"]): string {
  return min === max ? `**${min} s**` : `${min}–${max} s (**${fallback}**)`;
}

export function generatedSections(catalog: Catalog): Record<string, string> {
  return {
    models: table(
      ["Model", "Provider", "Tier", "Max res.", "Durations", "Modes"],
      catalog.models.map((m) => [
        `\`${m.key}\` ${m.name}${m.key === catalog.defaultModel ? " (default model)" : ""}`,
        m.provider,
        m.tier,
        `${m.resolutions.at(-1)} (**${m.defaultResolution}**)`,
        durations(m.durations),
        m.modes.map((mode) => (mode === "text-to-video" ? "text" : "image")).join(" + "),
      ]),
    ),
    "aspect-ratios": catalog.limits.aspectRatios
      .map((r) => (r === catalog.limits.defaultAspectRatio ? `\`${r}\` (default)` : `\`${r}\``))
      .join(", "),
    statuses: table(
      ["Status", "Final", "Meaning"],
      catalog.statusDescriptions.map((s) => [`\`${s.code}\``, catalog.terminalStatuses.includes(s.code) ? "yes" : "no", s.description]),
    ),
    "failure-codes": table(["`error.code`", "What to do"], catalog.failureCodes.map((c) => [`\`${c.code}\``, c.description])),
    "error-codes": table(
      ["HTTP", "`error.code`", "Meaning and what to do"],
      catalog.errorCodes.map((c) => {
        const [, status = "", text = c.description] = /^(\d{3}): (.*)$/s.exec(c.description) ?? [];
        return [status, `\`${c.code}\``, text];
      }),
    ),
  };
}

/**
 * Replaces each `<!-- generated:NAME -->` with its section and each `<!-- sample:PATH -->` (a path
 * from the repository root) with that file: a code sample from spec/code_samples or a runtime
 * example from runtime-tests — files that tests run, so the pages cannot show code that broke.
 * A marker without content is an error, never a blank.
 */
export function fillSections(
  markdown: string,
  sections: Record<string, string>,
  readSample: (path: string) => string,
  where: string,
): string {
  return markdown
    .replace(/<!-- generated:([a-z-]+) -->/g, (_, name: string) => {
      const section = sections[name];
      if (section === undefined) throw new Error(`${where}: no generated section named "${name}"`);
      return section;
    })
    .replace(/<!-- sample:([\w./-]+) -->/g, (_, path: string) => {
      const fence = { sh: "sh", ts: "ts", mjs: "js", js: "js", html: "html", toml: "toml" }[path.split(".").pop()!] ?? "";
      return "```" + fence + "\n" + readSample(path).trimEnd() + "\n```";
    });
}
