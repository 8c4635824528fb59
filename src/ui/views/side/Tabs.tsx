// Tabs in the WAI-ARIA pattern: one tab stop, arrow keys and Home / End move between tabs
// and show them (automatic activation: each panel is cheap to show).

import { useRef, type KeyboardEvent } from 'react';

export interface TabSpec<T extends string> {
  id: T;
  label: string;
}

interface Props<T extends string> {
  tabs: readonly TabSpec<T>[];
  active: T;
  onChange(id: T): void;
  label: string;
  /** Prefix of the tab and panel element ids (tab: `${idPrefix}-tab-${id}`, panel: `${idPrefix}-panel-${id}`). */
  idPrefix: string;
}

export function Tabs<T extends string>({ tabs, active, onChange, label, idPrefix }: Props<T>) {
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = tabs.findIndex((t) => t.id === active);
    const target = targetIndex(e.key, i, tabs.length);
    if (target === undefined) return;
    // Claimed here, so the page's shortcuts (→ steps the simulation) leave the key alone.
    e.preventDefault();
    const id = (tabs[target] as TabSpec<T>).id;
    onChange(id);
    refs.current.get(id)?.focus();
  };
  return (
    <div className="side-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          ref={(el) => {
            if (el) refs.current.set(tab.id, el);
            else refs.current.delete(tab.id);
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${tab.id}`}
          aria-controls={`${idPrefix}-panel-${tab.id}`}
          aria-selected={tab.id === active}
          tabIndex={tab.id === active ? 0 : -1}
          className="side-tab"
          data-testid={`tab-${tab.id}`}
          onClick={() => onChange(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

function targetIndex(key: string, current: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
