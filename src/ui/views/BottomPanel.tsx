// Logs and the terms timeline side by side at the bottom of the page, so that the whole
// explorer fits one projector screen with five nodes.

import { ErrorBoundary } from '../ErrorBoundary';
import { LogView } from './logs/LogView';
import { TermsView } from './terms/TermsView';

export function BottomPanel() {
  return (
    <section className="bottom-area">
      <div className="logs-area" aria-label="logs">
        <ErrorBoundary name="logs">
          <LogView />
        </ErrorBoundary>
      </div>
      <div className="terms-area" aria-label="terms">
        <ErrorBoundary name="terms">
          <TermsView />
        </ErrorBoundary>
      </div>
    </section>
  );
}
