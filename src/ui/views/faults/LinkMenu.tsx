// The menu that opens on a line between two nodes: each direction of the link can be cut
// on its own (SCENARIO.md "link": one direction of one link), or both at once.

import { useTranslation } from 'react-i18next';
import type { NetworkView } from '../../../protocol';
import { useBridge } from '../../bridge-context';
import type { MenuPlace } from './NodeMenu';
import { useActionRefusal } from '../challenges/use-action-gate';
import './faults.css';

interface Props {
  a: string;
  b: string;
  network: NetworkView;
  place: MenuPlace;
  /** The run has ended: a step recorded now would never run. */
  ended: boolean;
  onClose(): void;
}

function isCut(network: NetworkView, from: string, to: string): boolean {
  return network.cut.some(([f, t]) => f === from && t === to);
}

export function LinkMenu({ a, b, network, place, ended, onClose }: Props) {
  const { t } = useTranslation('faults');
  const bridge = useBridge();
  const refused = useActionRefusal(['link']);
  // Both directions at once are two link steps.
  const bothRefused = useActionRefusal(['link'], 2);
  const set = (from: string, to: string, state: 'up' | 'down') => bridge.act({ do: 'link', from, to, state });
  const directions: [string, string][] = [
    [a, b],
    [b, a],
  ];
  const anyUp = directions.some(([f, to]) => !isCut(network, f, to));
  return (
    <div
      className={`fault-menu link-menu${place.flip ? ' flip' : ''}`}
      style={{ left: place.left, top: place.top }}
      role="menu"
      aria-label={t('linkMenu.title', { a, b })}
      data-testid="link-menu"
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <div className="menu-head">
        <strong>{t('linkMenu.title', { a, b })}</strong>
        <button type="button" className="menu-close" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </div>
      <p className="menu-note">{t('linkMenu.explain')}</p>
      {(refused ?? bothRefused) && (
        <p className="menu-why" data-testid="link-gate">
          {refused ?? bothRefused}
        </p>
      )}
      {directions.map(([from, to]) => {
        const cut = isCut(network, from, to);
        return (
          <div key={`${from}-${to}`} className={`link-row${cut ? ' is-cut' : ''}`}>
            <span className="link-dir">
              {from} → {to}: <strong>{t(cut ? 'linkMenu.down' : 'linkMenu.up')}</strong>
            </span>
            <button
              type="button"
              role="menuitem"
              data-testid={`link-toggle-${from}-${to}`}
              disabled={ended || refused !== undefined}
              title={refused}
              onClick={() => {
                set(from, to, cut ? 'up' : 'down');
                onClose();
              }}
            >
              {t(cut ? 'linkMenu.restore' : 'linkMenu.cut')}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        role="menuitem"
        className="menu-item"
        data-testid="link-both"
        disabled={ended || bothRefused !== undefined}
        title={bothRefused}
        onClick={() => {
          for (const [from, to] of directions) set(from, to, anyUp ? 'down' : 'up');
          onClose();
        }}
      >
        {t(anyUp ? 'linkMenu.cutBoth' : 'linkMenu.restoreBoth')}
      </button>
    </div>
  );
}
