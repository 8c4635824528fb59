import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_CHARS, parseFromRelay, parseToRelay } from '../../src/live/messages';

const state = { link: 'AbC_-12', time: 1500, playing: true, speed: 0.5, question: null };

describe('messages to the relay', () => {
  it('accepts each well-formed message', () => {
    expect(parseToRelay(JSON.stringify({ type: 'host' }))).toEqual({ ok: true, message: { type: 'host' } });
    expect(parseToRelay(JSON.stringify({ type: 'join', room: 'ABCDEFGH' })).ok).toBe(true);
    expect(parseToRelay(JSON.stringify({ type: 'state', state })).ok).toBe(true);
    // The teacher's language travels with the state (optional: a state without it is as before).
    expect(parseToRelay(JSON.stringify({ type: 'state', state: { ...state, lang: 'zh-CN' } }))).toEqual({ ok: true, message: { type: 'state', state: { ...state, lang: 'zh-CN' } } });
    expect(parseToRelay(JSON.stringify({ type: 'state', state }))).toEqual({ ok: true, message: { type: 'state', state } });
    expect(parseToRelay(JSON.stringify({ type: 'answer', question: 'q', choice: 2 })).ok).toBe(true);
  });

  it('names what is wrong', () => {
    const refused = (m: unknown) => {
      const p = parseToRelay(typeof m === 'string' ? m : JSON.stringify(m));
      return p.ok ? 'accepted' : p.error;
    };
    expect(refused('{not json')).toBe('not JSON');
    expect(refused({ type: 'drive' })).toMatch(/unknown message type/);
    expect(refused({ type: 'join', room: 'abc' })).toMatch(/room is not a room code/);
    // Look-alike letters (O, 0, I, 1, L) are not in the alphabet.
    expect(refused({ type: 'join', room: 'ABCDEFG0' })).toMatch(/room code/);
    expect(refused({ type: 'state', state: { ...state, time: -1 } })).toMatch(/time/);
    expect(refused({ type: 'state', state: { ...state, playing: 'yes' } })).toMatch(/playing/);
    expect(refused({ type: 'state', state: { ...state, speed: 1e9 } })).toMatch(/speed/);
    expect(refused({ type: 'state', state: { ...state, link: 'a b' } })).toMatch(/link/);
    expect(refused({ type: 'state', state: { ...state, question: { id: 'q', choices: 'two' } } })).toMatch(/question/);
    expect(refused({ type: 'answer', question: 'q', choice: 1.5 })).toMatch(/choice/);
    expect(refused({ type: 'state', state: { ...state, lang: '<script>' } })).toMatch(/lang/);
    expect(refused({ type: 'state', state: { ...state, lang: 7 } })).toMatch(/lang/);
    expect(refused({ type: 'host', room: 'ABCDEFGH' })).toMatch(/room and key/);
  });

  it('refuses a message over the size cap before parsing it', () => {
    const big = JSON.stringify({ type: 'state', state: { ...state, link: 'a'.repeat(MAX_MESSAGE_CHARS) } });
    const p = parseToRelay(big);
    expect(p.ok === false && p.code).toBe('too-large');
  });
});

describe('messages from the relay', () => {
  it('validates what the page receives', () => {
    expect(parseFromRelay(JSON.stringify({ type: 'class', following: 2, steppedOff: 1, poll: { question: 'q', counts: [1, 0] } })).ok).toBe(true);
    expect(parseFromRelay(JSON.stringify({ type: 'class', following: -1, steppedOff: 1, poll: null })).ok).toBe(false);
    expect(parseFromRelay(JSON.stringify({ type: 'state', state: { ...state, speed: 0 } })).ok).toBe(false);
  });
});
