// The fuzzer's account of what the linearizability check judged over all its seeds, so a
// passing campaign says how much it covered (issue 15: the aim is at least 90% of the
// key-value calls of fault runs).

import type { LinearizabilityStats } from '../check';
import type { UnjudgedReason } from '../check/lin-judged';

const REASON_WORDS: Record<UnjudgedReason, string> = {
  'tainted-key': 'on tainted keys',
  'not-modelled': 'not modelled',
  'unknown-outcome': 'unknown outcome',
  'no-answer': 'reads without an answer',
  'refused-read': 'reads answered with an error',
};

export class JudgedTally {
  private kvCalls = 0;
  private judged = 0;
  private settled = 0;
  private unjudged = new Map<UnjudgedReason, number>();

  add(stats: LinearizabilityStats | undefined): void {
    if (!stats) return;
    this.kvCalls += stats.kvCalls;
    this.judged += stats.judged;
    this.settled += stats.settledByApply;
    for (const [reason, count] of Object.entries(stats.unjudged) as [UnjudgedReason, number][]) {
      this.unjudged.set(reason, (this.unjudged.get(reason) ?? 0) + count);
    }
  }

  /** Fraction judged, 1 when there were no key-value calls. */
  get fraction(): number {
    return this.kvCalls === 0 ? 1 : this.judged / this.kvCalls;
  }

  /** e.g. "linearizability judged 95.9% of 2,341 key-value calls (412 settled from applies); not judged: 30 reads without an answer" */
  line(): string {
    const count = (n: number) => n.toLocaleString('en-US');
    const head = `linearizability judged ${(this.fraction * 100).toFixed(1)}% of ${count(this.kvCalls)} key-value calls (${count(this.settled)} settled from applies)`;
    const rest = [...this.unjudged].filter(([, n]) => n > 0).map(([reason, n]) => `${count(n)} ${REASON_WORDS[reason]}`);
    return rest.length > 0 ? `${head}; not judged: ${rest.join(', ')}` : head;
  }
}
