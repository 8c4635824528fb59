// The page layout, designed for a 1280x720 projector first (layout.css): the header and the
// playback bar on top; below, the lesson column (the cluster, then the logs) beside the
// story column (the narration, always in sight, then the side tools as tabs whose panels
// scroll inside themselves). The page itself never scrolls. The regions carry PAGE.md's
// data-region marks. Each view sits in its own error boundary. Embed mode (a course page,
// PAGE.md embed=1) leaves out the header, the fault controls and the side tabs; projector
// mode (display-mode.ts) enlarges everything for a classroom. A node's Figure 2 state, opened
// by a click on it, lies over the side tools (views/node-state).

import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './ErrorBoundary';
import { useDisplay } from './display-mode';
import { useExplorer } from './store';
import { ClusterView } from './views/cluster/ClusterView';
import { useCompare } from './views/compare/compare-store';
import { CompareView } from './views/compare/CompareView';
import { PlaybackBar } from './views/playback/PlaybackBar';
import { Narration } from './views/side/Narration';
import { SidePanel } from './views/side/SidePanel';
import { OpenInExplorer } from './views/classroom/OpenInExplorer';
import { Header } from './views/Header';
import { BottomPanel } from './views/BottomPanel';
import './views/classroom/classroom.css';
import './layout.css';
import { ViolationCard } from './views/checks/ViolationCard';
import { BrokenBanner } from './views/bugs/BrokenBanner';
import { ReplayDiverged } from './views/checks/ReplayDiverged';
import { OpeningBanner } from './views/opening/OpeningBanner';
import { LiveBar } from './views/live/LiveBar';

export function App() {
  const { t } = useTranslation();
  const ready = useExplorer((s) => s.workerReady);
  const embed = useExplorer((s) => s.embed);
  const projector = useDisplay((s) => s.projector);
  // An A/B comparison (views/compare) shows both runs in place of the one cluster view.
  const comparing = useCompare((s) => s.setting);
  return (
    <div className={`app${embed ? ' embed' : ''}${projector ? ' projector' : ''}${comparing ? ' comparing' : ''}`} data-testid="app">
      {!embed && <Header />}
      {!embed && (
        <ErrorBoundary name="live">
          <LiveBar />
        </ErrorBoundary>
      )}
      <div className="playback-area" data-region="playback">
        <ErrorBoundary name="playback">
          <PlaybackBar />
        </ErrorBoundary>
      </div>
      {!ready && <p className="loading">{t('loading')}</p>}
      <main className="stage">
        <section className="cluster-area" aria-label="cluster" data-region="cluster">
          {!comparing && (
            <ErrorBoundary name="bugs">
              <BrokenBanner />
            </ErrorBoundary>
          )}
          <ErrorBoundary name="replay">
            <ReplayDiverged />
            <OpeningBanner />
          </ErrorBoundary>
          <ErrorBoundary name="cluster">{comparing ? <CompareView setting={comparing} /> : <ClusterView />}</ErrorBoundary>
          <ErrorBoundary name="checks">
            <ViolationCard />
          </ErrorBoundary>
        </section>
        <BottomPanel />
        <aside className="story-area">
          <div className="narration-area" data-region="narration">
            <ErrorBoundary name="narration">
              <Narration />
            </ErrorBoundary>
          </div>
          {embed ? (
            <OpenInExplorer />
          ) : (
            <div className="side-area" data-region="side">
              <ErrorBoundary name="side">
                <SidePanel />
              </ErrorBoundary>
            </div>
          )}
        </aside>
      </main>
    </div>
  );
}
