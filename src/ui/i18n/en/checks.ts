// Strings of the live safety checks: the status indicator and the violation card.
export const checks = {
  status: {
    ok: 'Checks pass',
    okTitle: 'The safety checker has read all {{count}} events so far and found nothing wrong. Client history: {{lin}}',
    violated_one: '{{count}} safety violation',
    violated_other: '{{count}} safety violations',
    show: 'Show',
  },
  lin: {
    'not-checked': 'not checked yet (checked whenever playback pauses)',
    ok: 'linearizable ({{checked}} of {{calls}} key-value calls judged; timed-out writes are settled from what the cluster applied)',
    violated: 'NOT linearizable',
    inconclusive: 'inconclusive: the search ran out of its step budget ({{calls}} calls)',
  },
  linInconclusive: 'history: inconclusive',
  linJudged: '{{checked}}/{{calls}} judged',
  linPartial: 'Only {{checked}} of {{calls}} key-value calls could be judged: the rest touch keys that leases or elections write, or never got an answer',
  opening: {
    text: 'Opening the run at {{time}} s: replaying it from the start… {{percent}}%',
  },
  diverged: {
    badge: 'Replay diverged at {{at}} ms: {{detail}}',
    note: '— from there on the views may show a past that did not happen (a bug in the explorer).',
    title: 'Going back in time replays the run from a checkpoint. At {{at}} ms (event {{index}}) the replay produced an event other than the one recorded, so from there on the views may show a past that did not happen. This is a bug in the explorer: please report it with the share link. Difference: {{detail}}',
  },
  card: {
    title: 'A safety property is broken',
    label: 'Safety violation',
    broken: 'Broken: {{property}}',
    rule: 'The rule',
    events: 'The events that break it (click to jump there)',
    detail: "The checker's details",
    bugs: 'Bugs switched on in this scenario: {{bugs}}. A correct Raft never does this.',
    noBugs: 'No bug is switched on: this would be a real bug in the engine.',
    hide: 'Hide',
    ahead: 'You are before this violation now; it happens at {{t}} ms.',
    more_one: 'and {{count}} more violation',
    more_other: 'and {{count}} more violations',
    previous: 'Previous',
    next: 'Next',
    counter: '{{n}} of {{total}}',
  },
  property: {
    'Election Safety': {
      name: 'Election Safety',
      rule: 'At most one leader can be elected in a given term (§5.2, Figure 3). Here two nodes were leader in the same term.',
    },
    'Leader Append-Only': {
      name: 'Leader Append-Only',
      rule: 'A leader never overwrites or deletes entries in its own log; it only appends new ones (§5.3, Figure 3).',
    },
    'Log Matching': {
      name: 'Log Matching',
      rule: 'If two logs hold an entry with the same index and term, they hold the same command there and are identical in all entries before it (§5.3, Figure 3).',
    },
    'Leader Completeness': {
      name: 'Leader Completeness',
      rule: 'An entry committed in some term is in the log of every leader of every later term (§5.4, Figure 3). A new leader here lacks a committed entry.',
    },
    'State Machine Safety': {
      name: 'State Machine Safety',
      rule: 'Once a node applied an entry at an index, no node ever applies a different entry at that index (§5.4.3, Figure 3). Different nodes here would answer clients differently.',
    },
    'Term Monotonicity': {
      name: 'Terms only grow',
      rule: "A node's current term never goes down; it is stored on disk, so even a crash keeps it (Figure 2, persistent state).",
    },
    'One Vote Per Term': {
      name: 'One vote per term',
      rule: 'A node votes for at most one candidate in a term, and stores its vote before answering, so a restart cannot forget it (Figure 2, RequestVote; §5.2).',
    },
    'Commit Monotonicity': {
      name: 'Commit index only grows',
      rule: "While a node runs, its commit index never goes back: what is committed stays committed (Figure 2, commitIndex).",
    },
    'Apply Committed Only': {
      name: 'Apply only committed entries',
      rule: 'A node applies an entry to its state machine only once it knows the entry is committed (Figure 2: lastApplied ≤ commitIndex).',
    },
    Linearizability: {
      name: 'Linearizability',
      rule: 'Every client operation must seem to take effect at one instant between its call and its answer, as on one copy of the data (etcd guarantees this for all but serializable reads). No such order explains these answers.',
    },
  },
};
