// The keyboard shortcuts, listed from the same table the shortcut handler uses, in a modal
// the size of a slide: readable from the back of the room.

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from '../playback/shortcuts';
import './help.css';

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('playback');
  const closeRef = useRef<HTMLButtonElement | null>(null);

  // Focus moves into the dialog, and back to where it was when the dialog closes.
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    return () => before?.focus();
  }, []);

  return (
    <div className="help-backdrop" onClick={onClose} data-testid="help-overlay">
      <div className="help-dialog" role="dialog" aria-modal="true" aria-labelledby="help-title" onClick={(e) => e.stopPropagation()}>
        <div className="help-head">
          <h2 id="help-title">{t('help.title')}</h2>
          <button type="button" ref={closeRef} className="help-close" onClick={onClose}>
            {t('help.close')}
          </button>
        </div>
        <table className="help-keys">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.action}>
                <td className="help-key">
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ' + '}
                      <kbd>{k === 'Space' ? t('help.space') : k}</kbd>
                    </span>
                  ))}
                </td>
                <td>{t(`help.action.${s.action}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="help-note">{t('help.note')}</p>
      </div>
    </div>
  );
}
