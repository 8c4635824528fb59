// The page layout: playback on top, the cluster in the middle with the side panel, logs and
// terms below. Each view sits in its own error boundary.

import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './ErrorBoundary';
import { useExplorer } from './store';
import { ClusterView } from './views/cluster/ClusterView';
import { LogView } from './views/logs/LogView';
import { TermsView } from './views/terms/TermsView';
import { PlaybackBar } from './views/playback/PlaybackBar';
import { SidePanel } from './views/side/SidePanel';
import { Header } from './views/Header';

export function App() {
  const { t } = useTranslation();
  const ready = useExplorer((s) => s.workerReady);
  return (
    <div className="app">
      <Header />
      <ErrorBoundary name="playback">
        <PlaybackBar />
      </ErrorBoundary>
      {!ready && <p className="loading">{t('loading')}</p>}
      <main className="stage">
        <section className="cluster-area" aria-label="cluster">
          <ErrorBoundary name="cluster">
            <ClusterView />
          </ErrorBoundary>
        </section>
        <aside className="side-area">
          <ErrorBoundary name="side">
            <SidePanel />
          </ErrorBoundary>
        </aside>
      </main>
      <section className="logs-area" aria-label="logs">
        <ErrorBoundary name="logs">
          <LogView />
        </ErrorBoundary>
      </section>
      <section className="terms-area" aria-label="terms">
        <ErrorBoundary name="terms">
          <TermsView />
        </ErrorBoundary>
      </section>
    </div>
  );
}
