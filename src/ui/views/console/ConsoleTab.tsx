// The etcdctl console: a transcript, a prompt with history (↑ ↓), Tab completion of
// commands, flags and keys, Ctrl+C / Stop for what streams, and a choice of client and
// endpoint. Lines go to the worker, which records them as etcdctl steps and runs them
// against the simulation (src/etcdctl): the transcript, typed lines included, comes back
// from the run, so a shared session shows it again.

import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../../bridge-context';
import { useExplorer } from '../../store';
import { useConsole, visibleLines } from './console-store';
import { useActionRefusal } from '../challenges/use-action-gate';
import { commonPrefix, emptyHistory, historyOf, remember, walk, withEntries } from './history';
import './console.css';

const CLIENT_ID = /^[a-z][a-z0-9-]{0,15}$/;
/** Lines of a -w table output keep their layout (scrolling sideways) instead of wrapping. */
const TABLE_LINE = /^[+|]/;

export function ConsoleTab() {
  const { t } = useTranslation('etcdctl');
  const bridge = useBridge();
  // Node ids only, so that frames (which renew the node views) do not redraw the console.
  const nodeList = useExplorer((s) => s.view.nodes.map((n) => n.id).join(' '));
  const nodes = nodeList === '' ? [] : nodeList.split(' ');
  const { lines: all, clearedBefore, prompt, streaming, waiting } = useConsole();
  const clear = useConsole((s) => s.clear);
  // The time matters only after a seek back, when later lines wait for the run to reach them.
  const lastAt = all[all.length - 1]?.t ?? 0;
  const time = useExplorer((s) => (s.view.time >= lastAt ? Infinity : s.view.time));
  const lines = useMemo(() => visibleLines(all, clearedBefore, time), [all, clearedBefore, time]);
  const [line, setLine] = useState('');
  const [client, setClient] = useState('etcdctl');
  const [endpoint, setEndpoint] = useState('');
  const [history, setHistory] = useState(emptyHistory);
  // The recorded console lines are the history: it survives a reload and comes with a link.
  const steps = useExplorer((s) => s.view.scenario?.steps);
  useEffect(() => setHistory((h) => withEntries(h, historyOf(steps))), [steps]);
  const [options, setOptions] = useState<string[]>([]);
  const outRef = useRef<HTMLDivElement>(null);
  const clientOk = CLIENT_ID.test(client);
  const shownEndpoint = nodes.includes(endpoint) ? endpoint : (nodes[0] ?? '');
  // etcdctl talks only to its endpoints: with that node down, every command will time out.
  const endpointDown = useExplorer((s) => s.view.nodes.find((n) => n.id === shownEndpoint)?.up === false);

  // Keep the newest output in view, as a terminal does.
  useEffect(() => {
    const el = outRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [lines]);

  // A line records its etcdctl step and the client step it runs: two of a challenge's actions.
  const refused = useActionRefusal(['etcdctl', 'client'], 2);
  const run = () => {
    if (!clientOk || refused) return;
    bridge.consoleRun(line, client, shownEndpoint || undefined);
    setHistory((h) => remember(h, line));
    setLine('');
    setOptions([]);
  };
  const stop = () => {
    bridge.consoleStop(client);
    setLine('');
  };
  const complete = async () => {
    const found = await bridge.consoleComplete(line, client, shownEndpoint || undefined);
    if (found.length === 1) setOptions([]);
    else setOptions(found);
    if (found.length > 0) setLine(found.length === 1 ? (found[0] as string) : commonPrefix(found));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') run();
    else if (e.key === 'Tab' && !e.shiftKey) void complete();
    else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      const moved = walk(history, line, e.key === 'ArrowUp' ? -1 : 1);
      setHistory(moved.history);
      setLine(moved.line);
    } else if (e.key === 'c' && e.ctrlKey && (e.currentTarget.selectionStart === e.currentTarget.selectionEnd)) stop();
    else return;
    e.preventDefault();
  };

  return (
    <div className="cs" data-testid="console-view">
      {/* Who types and where, above the transcript: the prompt stays at the bottom in sight. */}
      <div className="cs-status">
        <label className="cs-field">
          <span>{t('client')}</span>
          <input value={client} onChange={(e) => setClient(e.target.value)} aria-invalid={!clientOk} spellCheck={false} data-testid="console-client" />
        </label>
        <label className="cs-field" title={t('endpointTitle')}>
          <span>{t('endpoint')}</span>
          <select value={shownEndpoint} onChange={(e) => setEndpoint(e.target.value)} data-testid="console-endpoint">
            {nodes.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="cs-btn" onClick={stop} disabled={!streaming} title={t('stopTitle')} data-testid="console-stop">
          {t('stop')}
        </button>
        <button type="button" className="cs-btn" onClick={clear} title={t('clearTitle')}>
          {t('clear')}
        </button>
        <span className="cs-state" role="status">
          {waiting ? t('waiting') : streaming ? t('streaming') : ''}
        </span>
      </div>
      <div className="cs-out" ref={outRef} role="log" aria-label={t('transcript')} aria-live="polite" data-testid="console-output">
        {lines.length === 0 && (
          <div className="cs-empty">
            <p>{t('intro')}</p>
            <p>{t('empty')}</p>
          </div>
        )}
        {lines.map((l) => (
          <div key={l.id} className={`cs-line is-${l.kind}${TABLE_LINE.test(l.text) ? ' is-table' : ''}`}>
            {l.text === '' ? '\u00a0' : l.text}
          </div>
        ))}
      </div>
      <div className="cs-prompt">
        <label className="cs-ps" htmlFor="console-input">
          {prompt ?? '$ etcdctl'}
        </label>
        <input
          id="console-input"
          className="cs-input"
          value={line}
          onChange={(e) => setLine(e.target.value)}
          onKeyDown={onKeyDown}
          placeholder={prompt ? '' : t('placeholder')}
          aria-label={t('input')}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          data-testid="console-input"
        />
        <button type="button" className="cs-btn is-primary" onClick={run} disabled={!clientOk || refused !== undefined} title={refused} data-testid="console-run">
          {t('run')}
        </button>
      </div>
      {options.length > 1 && (
        <ul className="cs-options" aria-label={t('completions')} data-testid="console-completions">
          {options.map((o) => (
            <li key={o}>
              <button type="button" onClick={() => setLine(o)}>
                {o.trim().split(' ').pop()}
              </button>
            </li>
          ))}
        </ul>
      )}
      {!clientOk && <p className="cs-problem">{t('badClient')}</p>}
      {refused && (
        <p className="cs-problem" data-testid="console-gate">
          {refused}
        </p>
      )}
      {endpointDown && (
        <p className="cs-hint" role="note" data-testid="console-endpoint-down">
          {t('endpointDown', { node: shownEndpoint, others: nodes.filter((n) => n !== shownEndpoint).join(',') })}
        </p>
      )}
    </div>
  );
}
