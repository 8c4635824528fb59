// A proving event as one short line for people: its fields but the time and the kind,
// `node=n3 role=leader term=3`, with long values cut.

const MAX_VALUE = 60;

export function describeEvent(line: string): { ev: string; fields: string } {
  try {
    const { t: _t, ev, ...rest } = JSON.parse(line) as Record<string, unknown>;
    const fields = Object.entries(rest)
      .map(([k, v]) => {
        const text = typeof v === 'string' ? v : JSON.stringify(v);
        return `${k}=${text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text}`;
      })
      .join(' ');
    return { ev: String(ev), fields };
  } catch {
    return { ev: '?', fields: line.slice(0, MAX_VALUE) };
  }
}
