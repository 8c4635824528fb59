// Logs and the terms timeline side by side at the bottom of the page, so that the whole
// explorer fits one projector screen with five nodes.

import { useState } from 'react';
import { ErrorBoundary } from '../ErrorBoundary';
import { LogView } from './logs/LogView';
import { SpaceTimeView } from './spacetime/SpaceTimeView';
import { ViewSwitch, type BottomView } from './spacetime/ViewSwitch';
import { TermsView } from './terms/TermsView';

export function BottomPanel() {
  // The logs, or in their place the space-time diagram (one switch, same room on the page).
  const [view, setView] = useState<BottomView>('logs');
  return (
    <section className="bottom-area">
      <div className="logs-area" aria-label="logs">
        <ViewSwitch view={view} setView={setView} />
        <ErrorBoundary name="logs">{view === 'logs' ? <LogView /> : <SpaceTimeView />}</ErrorBoundary>
      </div>
      <div className="terms-area" aria-label="terms">
        <ErrorBoundary name="terms">
          <TermsView />
        </ErrorBoundary>
      </div>
    </section>
  );
}
