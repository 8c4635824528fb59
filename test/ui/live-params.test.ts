import { describe, expect, it } from 'vitest';
import { readLiveParams, relayAddress, studentLink } from '../../src/ui/live/live-params';
import { differsBeyondTime, langToInherit } from '../../src/ui/live/class-state';
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
    expect(differsBeyondTime({ ...s, lang: 'en' }, { ...s, lang: 'zh-CN', time: 20 })).toBe(true);
  });
  it('retries with a doubling backoff up to 8 s', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(retryDelay)).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });
});

describe('the teacher’s language', () => {
  it('is a first-time student’s, who chose none', () => {
    expect(langToInherit('zh-CN', null, 'en')).toBe('zh-CN');
    expect(langToInherit('en', null, 'zh-CN')).toBe('en');
  });
  it('never overrides a student’s own choice (#lang= or saved), nor what is already shown', () => {
    expect(langToInherit('zh-CN', 'en', 'en')).toBeNull();
    expect(langToInherit('en', 'zh-CN', 'zh-CN')).toBeNull();
    expect(langToInherit('zh-CN', null, 'zh-CN')).toBeNull();
  });
  it('ignores a teacher without a language or with one the page does not have', () => {
    expect(langToInherit(undefined, null, 'en')).toBeNull();
    expect(langToInherit('fr', null, 'en')).toBeNull();
  });
});
