import { describe, expect, it } from 'vitest';
import { SeekGate, STALE_MS } from '../../src/ui/views/playback/seek-gate';
import { focusKind, SHORTCUTS, shortcutFor, type KeyPress } from '../../src/ui/views/playback/shortcuts';
import { formatMs, formatSeconds, formatTick } from '../../src/ui/views/playback/time-format';

const key = (k: string, more: Partial<KeyPress> = {}): KeyPress => ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, focus: 'other', ...more });

describe('keyboard shortcuts', () => {
  it('map the common keys', () => {
    expect(shortcutFor(key(' '))).toBe('toggle-play');
    expect(shortcutFor(key('ArrowRight'))).toBe('step-event');
    expect(shortcutFor(key('ArrowRight', { shiftKey: true }))).toBe('step-delivery');
    expect(shortcutFor(key('ArrowLeft'))).toBe('step-back');
    expect(shortcutFor(key('+', { shiftKey: true }))).toBe('speed-up');
    expect(shortcutFor(key('='))).toBe('speed-up');
    expect(shortcutFor(key('-'))).toBe('speed-down');
    expect(shortcutFor(key('?', { shiftKey: true }))).toBe('help');
    expect(shortcutFor(key('Escape'))).toBe('close');
    expect(shortcutFor(key('a'))).toBeNull();
  });

  it('never fire while typing', () => {
    for (const k of [' ', 'ArrowRight', 'ArrowLeft', '+', '-', '?', 'Escape']) expect(shortcutFor(key(k, { focus: 'text' }))).toBeNull();
  });

  it('leave the arrows to a focused slider, but Space still plays', () => {
    expect(shortcutFor(key('ArrowRight', { focus: 'slider' }))).toBeNull();
    expect(shortcutFor(key('ArrowLeft', { focus: 'slider' }))).toBeNull();
    expect(shortcutFor(key(' ', { focus: 'slider' }))).toBe('toggle-play');
  });

  it('leave Ctrl, Cmd and Alt combinations to the browser', () => {
    expect(shortcutFor(key('+', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('-', { metaKey: true }))).toBeNull();
    expect(shortcutFor(key('ArrowRight', { altKey: true }))).toBeNull();
  });

  it('are all listed in the help, each once', () => {
    const actions = SHORTCUTS.map((s) => s.action);
    expect(new Set(actions).size).toBe(actions.length);
    expect(actions).toEqual(expect.arrayContaining(['toggle-play', 'step-event', 'step-delivery', 'step-back', 'speed-up', 'speed-down', 'help', 'close']));
  });
});

describe('focusKind', () => {
  it('tells typing from sliders from everything else', () => {
    expect(focusKind({ tagName: 'INPUT', type: 'text' })).toBe('text');
    expect(focusKind({ tagName: 'INPUT', type: 'number' })).toBe('text');
    expect(focusKind({ tagName: 'INPUT' })).toBe('text');
    expect(focusKind({ tagName: 'TEXTAREA' })).toBe('text');
    expect(focusKind({ tagName: 'SELECT' })).toBe('text');
    expect(focusKind({ tagName: 'DIV', isContentEditable: true })).toBe('text');
    expect(focusKind({ tagName: 'INPUT', type: 'range' })).toBe('slider');
    expect(focusKind({ tagName: 'INPUT', type: 'checkbox' })).toBe('other');
    expect(focusKind({ tagName: 'BUTTON' })).toBe('other');
    expect(focusKind(null)).toBe('other');
    expect(focusKind({})).toBe('other');
  });
});

describe('SeekGate', () => {
  it('sends the first position at once and holds the rest until a frame comes back', () => {
    const g = new SeekGate();
    expect(g.request(100, 0)).toBe(100);
    expect(g.request(200, 5)).toBeNull();
    expect(g.request(300, 10)).toBeNull();
    expect(g.idle()).toBe(false);
    // Only the latest held position is worth seeking to.
    expect(g.frameArrived(20)).toBe(300);
    expect(g.frameArrived(30)).toBeNull();
    expect(g.idle()).toBe(true);
  });

  it('stops waiting for a frame that never comes', () => {
    const g = new SeekGate();
    g.request(100, 0);
    expect(g.request(200, STALE_MS - 1)).toBeNull();
    expect(g.request(300, STALE_MS)).toBe(300);
  });

  it('sends straight away when nothing is in flight', () => {
    const g = new SeekGate();
    expect(g.request(1, 0)).toBe(1);
    g.frameArrived(1);
    expect(g.request(2, 2)).toBe(2);
  });
});

describe('time format', () => {
  it('shows milliseconds grouped and seconds with two decimals', () => {
    expect(formatMs(12345.6)).toBe('12,346');
    expect(formatMs(0)).toBe('0');
    expect(formatSeconds(12345)).toBe('12.35');
    expect(formatSeconds(2000)).toBe('2.00');
    expect(formatTick(1500)).toBe('1.5');
    expect(formatTick(12000)).toBe('12');
  });
});
