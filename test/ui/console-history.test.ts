// The console prompt's history and completion prefix (src/ui/views/console/history.ts).
import { describe, expect, it } from 'vitest';
import { commonPrefix, emptyHistory, remember, walk } from '../../src/ui/views/console/history';

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
});
