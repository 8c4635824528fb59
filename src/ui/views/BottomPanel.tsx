// The lower part of the lesson column: the logs, or in their place the terms timeline or the
// space-time diagram (one switch, the same room on the page). A roomy screen shows the terms
// beside the logs; a 1280x720 projector keeps the room for the ring.

import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompare } from './compare/compare-store';
import { ErrorBoundary } from '../ErrorBoundary';
import { useExplorer } from '../store';
import { ROOMY_SCREEN, useMedia } from '../use-media';
import { useSize } from './cluster/useSize';
import { LogView } from './logs/LogView';
import { SpaceTimeView } from './spacetime/SpaceTimeView';
import { ViewSwitch, type BottomView } from './spacetime/ViewSwitch';
import { TermsView } from './terms/TermsView';

const ALL_VIEWS: readonly BottomView[] = ['logs', 'terms', 'spacetime'];
const BESIDE_TERMS: readonly BottomView[] = ['logs', 'spacetime'];

export function BottomPanel() {
  const [chosen, setView] = useState<BottomView>('logs');
  const roomy = useMedia(ROOMY_SCREEN);
  const views = roomy ? BESIDE_TERMS : ALL_VIEWS;
  const view = views.includes(chosen) ? chosen : 'logs';
  // More than five rows would take the ring's room: the logs then scroll inside (layout.css).
  const many = useExplorer((s) => s.view.nodes.length > 5);
  // During an A/B comparison the views below are side A's (the run the playback bar drives).
  const { t } = useTranslation('classroom');
  const comparing = useCompare((s) => s.setting !== null);
  const [toolsRef, tools] = useSize<HTMLDivElement>();
  return (
    <section className={`bottom-area${roomy ? ' with-terms' : ''}${many ? ' many-nodes' : ''}`}>
      <div className="logs-area" aria-label="logs" data-region="logs" style={{ '--bottom-tools-w': `${tools.width}px` } as CSSProperties}>
        {/* Top right, over the view's own title row; the views keep their heads clear of it (layout.css). */}
        <div className="bottom-tools" ref={toolsRef}>
          {comparing && (
            <span className="logs-side" data-testid="logs-side">
              {t('compare.logsSide')}
            </span>
          )}
          <ViewSwitch view={view} setView={setView} views={views} />
        </div>
        <ErrorBoundary name="logs">
          {view === 'logs' && <LogView />}
          {view === 'terms' && <TermsView />}
          {view === 'spacetime' && <SpaceTimeView />}
        </ErrorBoundary>
      </div>
      {roomy && (
        <div className="terms-area" aria-label="terms">
          <ErrorBoundary name="terms">
            <TermsView />
          </ErrorBoundary>
        </div>
      )}
    </section>
  );
}
