/** A plain text table: a header row, then left-aligned columns two spaces apart. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = (text: string) => [...text].length;
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell + " ".repeat(widths[i]! - width(cell))))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}
