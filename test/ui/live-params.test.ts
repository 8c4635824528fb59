import { describe, expect, it } from 'vitest';
import { readLiveParams, relayAddress, studentLink } from '../../src/ui/live/live-params';
import { differsBeyondTime } from '../../src/ui/live/class-state';
import { retryDelay } from '../../src/ui/live/socket';

describe('live class link parameters', () => {
  it('reads a student link, a teacher link and a relay address', () => {
    expect(readLiveParams('?class=abcdefgh').follow).toBe('ABCDEFGH');
    expect(readLiveParams('?teach=ABCDEFGH&key=0123456789abcdefXY').teach).toEqual({ room: 'ABCDEFGH', key: '0123456789abcdefXY' });
    const p = readLiveParams('?class=ABCDEFGH&relay=ws://10.0.0.2:4180/live');
    expect(relayAddress(p, { protocol: 'http:', host: 'x' })).toBe('ws://10.0.0.2:4180/live');
    expect(relayAddress(readLiveParams(''), { protocol: 'https:', host: 'h:1' })).toBe('wss://h:1/live');
    expect(studentLink('http://h/', 'ABCDEFGH', null)).toBe('http://h/?class=ABCDEFGH');
  });

  it('names a parameter it cannot use', () => {
    expect(readLiveParams('?class=AB').problem).toMatch(/class=AB is not a room code/);
    expect(readLiveParams('?relay=http://x').problem).toMatch(/not a ws/);
    expect(readLiveParams('?teach=ABCDEFGH').problem).toMatch(/key=/);
  });
});

describe('the teacher’s sending', () => {
  const s = { link: 'a', time: 10, playing: true, speed: 1, question: null };
  it('sends at once what is more than the clock moving while playing', () => {
    expect(differsBeyondTime(s, { ...s, time: 20 })).toBe(false);
    expect(differsBeyondTime(s, { ...s, playing: false })).toBe(true);
    expect(differsBeyondTime({ ...s, playing: false }, { ...s, playing: false, time: 20 })).toBe(true);
    expect(differsBeyondTime(s, { ...s, link: 'b' })).toBe(true);
    expect(differsBeyondTime(s, { ...s, question: { id: 'q', choices: 2 } })).toBe(true);
  });
  it('retries with a doubling backoff up to 8 s', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(retryDelay)).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });
});
