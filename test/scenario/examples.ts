// Inputs shared by the scenario tests.

/** The example of SCENARIO.md, verbatim. */
export const SCENARIO_MD_EXAMPLE = {
  version: 1,
  name: 'Leader crash during replication',
  description: 'Optional text shown to the learner.',
  seed: 42,
  cluster: {
    nodes: ['n1', 'n2', 'n3', 'n4', 'n5'],
    electionTimeout: [150, 300],
    heartbeatInterval: 50,
    preVote: true,
    checkQuorum: true,
    snapshotEntries: 1000,
    bugs: [],
  },
  network: { latency: [5, 15], loss: 0 },
  until: 10000,
  steps: [
    { at: 1000, do: 'crash', node: 'leader' },
    { at: 2000, do: 'restart', node: 'n1' },
    { at: 3000, do: 'partition', groups: [['n1', 'n2'], ['n3', 'n4', 'n5']] },
    { at: 4000, do: 'heal' },
    { at: 4500, do: 'client', client: 'c1', op: { type: 'put', key: 'a', value: '1' } },
    { at: 5000, do: 'narrate', text: 'n3 now leads term 3.' },
  ],
};

/** The smallest valid scenario: everything else is a default. */
export function minimal(): Record<string, unknown> {
  return { version: 1, seed: 7, cluster: { nodes: ['n1', 'n2', 'n3'] } };
}

/** The minimal scenario with these steps. */
export function withSteps(...steps: unknown[]): Record<string, unknown> {
  return { ...minimal(), steps };
}

/** A step running one client op. */
export function clientStep(op: unknown, at = 0): Record<string, unknown> {
  return { at, do: 'client', client: 'c1', op };
}

/** A txn nested `depth` levels inside its outermost txn, built without recursion. */
export function nestedTxn(depth: number): Record<string, unknown> {
  let op: Record<string, unknown> = { type: 'get', key: 'k' };
  for (let i = 0; i <= depth; i++) op = { type: 'txn', compare: [], success: [op], failure: [] };
  return op;
}
