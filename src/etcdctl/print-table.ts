// etcdctl's "table" output (olekukonko/tablewriter as etcdctl sets it up): upper-case
// headers centred, cells right-aligned, one space of padding, +---+ borders.

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const centred = header.map((h, i) => {
    const w = widths[i] as number;
    const left = Math.floor((w - h.length) / 2);
    return ` ${' '.repeat(left)}${h.toUpperCase()}${' '.repeat(w - h.length - left)} `;
  });
  const line = (cells: readonly string[]) => `|${cells.join('|')}|`;
  return [rule, line(centred), rule, ...rows.map((r) => line(r.map((c, i) => ` ${c.padStart(widths[i] as number)} `))), rule];
}
