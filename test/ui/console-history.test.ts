// The console prompt's history and completion prefix (src/ui/views/console/history.ts).
import { describe, expect, it } from 'vitest';
import { commonPrefix, emptyHistory, historyOf, remember, walk, withEntries } from '../../src/ui/views/console/history';

describe('console history', () => {
  it('walks back through earlier lines and forward to the line being typed', () => {
    const h = remember(remember(emptyHistory, 'put a 1'), 'get a');
    const up1 = walk(h, 'del', -1);
    expect(up1.line).toBe('get a');
    const up2 = walk(up1.history, up1.line, -1);
    expect(up2.line).toBe('put a 1');
    expect(walk(up2.history, up2.line, -1).line).toBe('put a 1');
    const down = walk(up2.history, up2.line, 1);
    expect(down.line).toBe('get a');
    expect(walk(down.history, down.line, 1).line).toBe('del');
  });

  it('skips empty lines and repeats', () => {
    expect(remember(remember(remember(emptyHistory, 'get a'), 'get a'), '  ').entries).toEqual(['get a']);
  });

  it('finds the common prefix of completions', () => {
    expect(commonPrefix(['get foo ', 'get food '])).toBe('get foo');
    expect(commonPrefix([])).toBe('');
  });

  it('starts from the console lines the scenario recorded, so a reload or a link keeps it', () => {
    const h = historyOf([
      { at: 10, do: 'etcdctl', client: 'etcdctl', line: 'put a 1' },
      { at: 11, do: 'client', client: 'etcdctl', op: { type: 'put', key: 'a', value: '1' } },
      { at: 20, do: 'etcdctl', client: 'etcdctl', interrupt: true },
      { at: 30, do: 'etcdctl', client: 'etcdctl', line: 'get a' },
      { at: 40, do: 'etcdctl', client: 'etcdctl', line: 'get a' },
    ]);
    expect(h.entries).toEqual(['put a 1', 'get a']);
    expect(walk(h, '', -1).line).toBe('get a');
    expect(historyOf(undefined)).toEqual(emptyHistory);
  });

  it('a walk in progress goes on while the recorded lines stay the same', () => {
    const h = walk(remember(remember(emptyHistory, 'a'), 'b'), 'draft', -1).history;
    expect(withEntries(h, historyOf([{ at: 1, do: 'etcdctl', client: 'etcdctl', line: 'a' }, { at: 2, do: 'etcdctl', client: 'etcdctl', line: 'b' }]))).toBe(h);
    expect(withEntries(h, historyOf([{ at: 1, do: 'etcdctl', client: 'etcdctl', line: 'c' }])).entries).toEqual(['c']);
  });
});
