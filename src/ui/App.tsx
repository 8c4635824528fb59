// The page layout: playback on top, the cluster in the middle with the side panel, logs
// and terms below (as tabs). Each view sits in its own error boundary. Embed mode (a
// course page, PAGE.md embed=1) leaves out the header, the fault controls and the side tabs;
// projector mode (display-mode.ts) enlarges everything for a classroom.

import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './ErrorBoundary';
import { useDisplay } from './display-mode';
import { useExplorer } from './store';
import { ClusterView } from './views/cluster/ClusterView';
import { useCompare } from './views/compare/compare-store';
import { CompareView } from './views/compare/CompareView';
import { PlaybackBar } from './views/playback/PlaybackBar';
import { SidePanel } from './views/side/SidePanel';
import { Header } from './views/Header';
import { BottomPanel } from './views/BottomPanel';
import './views/classroom/classroom.css';
import { ViolationCard } from './views/checks/ViolationCard';
import { BrokenBanner } from './views/bugs/BrokenBanner';

export function App() {
  const { t } = useTranslation();
  const ready = useExplorer((s) => s.workerReady);
  const embed = useExplorer((s) => s.embed);
  const projector = useDisplay((s) => s.projector);
  // An A/B comparison (views/compare) shows both runs in place of the one cluster view.
  const comparing = useCompare((s) => s.setting);
  return (
    <div className={`app${embed ? ' embed' : ''}${projector ? ' projector' : ''}`} data-testid="app">
      {!embed && <Header />}
      <ErrorBoundary name="playback">
        <PlaybackBar />
      </ErrorBoundary>
      {!ready && <p className="loading">{t('loading')}</p>}
      <main className="stage">
        <section className="cluster-area" aria-label="cluster">
          {!comparing && (
            <ErrorBoundary name="bugs">
              <BrokenBanner />
            </ErrorBoundary>
          )}
          <ErrorBoundary name="cluster">{comparing ? <CompareView setting={comparing} /> : <ClusterView />}</ErrorBoundary>
          <ErrorBoundary name="checks">
            <ViolationCard />
          </ErrorBoundary>
        </section>
        <aside className="side-area">
          <ErrorBoundary name="side">
            <SidePanel />
          </ErrorBoundary>
        </aside>
      </main>
      <BottomPanel />
    </div>
  );
}
