// Keyboard shortcuts of the page: which key does what, and when a key belongs to something
// else (typing in a field, moving a slider, the browser's own Ctrl/Cmd shortcuts).
// Pure: the key mapping is unit-tested; the help overlay lists the same table.

export type ShortcutAction = 'toggle-play' | 'step-event' | 'step-delivery' | 'step-back' | 'speed-up' | 'speed-down' | 'help' | 'close';

/**
 * What has the focus, as far as shortcuts care:
 * - text: the user is typing (text inputs, textareas, selects, editable content): no shortcuts;
 * - slider: a range input, which owns the arrow keys;
 * - other: buttons, links, the page itself.
 */
export type FocusKind = 'text' | 'slider' | 'other';

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  focus: FocusKind;
}

/** The shortcuts in the order the help overlay lists them; `keys` are shown to the user. */
export const SHORTCUTS: readonly { action: ShortcutAction; keys: readonly string[] }[] = [
  { action: 'toggle-play', keys: ['Space'] },
  { action: 'step-event', keys: ['→'] },
  { action: 'step-delivery', keys: ['Shift', '→'] },
  { action: 'step-back', keys: ['←'] },
  { action: 'speed-up', keys: ['+'] },
  { action: 'speed-down', keys: ['−'] },
  { action: 'help', keys: ['?'] },
  { action: 'close', keys: ['Esc'] },
];

export function shortcutFor(k: KeyPress): ShortcutAction | null {
  // Ctrl/Cmd/Alt combinations are the browser's and the system's (copy, zoom, tab switching).
  if (k.ctrlKey || k.metaKey || k.altKey || k.focus === 'text') return null;
  switch (k.key) {
    case ' ':
    case 'Spacebar':
      return 'toggle-play';
    case 'ArrowRight':
      if (k.focus === 'slider') return null;
      return k.shiftKey ? 'step-delivery' : 'step-event';
    case 'ArrowLeft':
      return k.focus === 'slider' || k.shiftKey ? null : 'step-back';
    // "=" is the unshifted plus key on US keyboards: pressing it without Shift should work too.
    case '+':
    case '=':
      return 'speed-up';
    case '-':
    case '_':
      return 'speed-down';
    case '?':
      return 'help';
    case 'Escape':
      return 'close';
    default:
      return null;
  }
}

/** Element facts that decide FocusKind (a DOM element has them; tests pass plain objects). */
export interface FocusTarget {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
}

/** Inputs that take text; any other <input> (checkbox, button, range...) is not typing. */
const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time', 'datetime-local', 'month', 'week']);

export function focusKind(target: FocusTarget | null | undefined): FocusKind {
  if (!target || typeof target.tagName !== 'string') return 'other';
  const tag = target.tagName.toLowerCase();
  if (target.isContentEditable || tag === 'textarea' || tag === 'select') return 'text';
  if (tag !== 'input') return 'other';
  const type = (target.type ?? 'text').toLowerCase();
  if (type === 'range') return 'slider';
  return TEXT_INPUTS.has(type) ? 'text' : 'other';
}
