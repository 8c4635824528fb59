// Strings of the bug toggles ("Break a rule") and the counterexample search.
export const bugs = {
  open: 'Break a rule…',
  openTitle: 'Switch on a bug that breaks one rule of Raft, and search for a run in which it goes wrong',
  title: 'Break a rule on purpose',
  intro: 'Each switch makes the engine break one rule, so that you can watch what the rule prevents. Apply restarts the run from 0 ms with the same steps. With a switch on, "Find a counterexample" tries many generated runs until the checker catches the broken rule, and loads the shortest failing run.',
  rule: 'Rule broken:',
  danger: 'What can go wrong:',
  apply: 'Apply and restart',
  close: 'Close',
  find: 'Find a counterexample',
  findOff: 'Switch this bug on first',
  searching: 'Searching for a counterexample to {{bug}}',
  progress: 'Seed {{tried}} of {{seeds}}',
  shrinking: 'Found one; shrinking it to a short run (run {{runs}})',
  cancel: 'Cancel search',
  cancelled: 'Search cancelled after {{tried}} seeds.',
  none: 'No violation in {{tried}} seeds.',
  failed: 'The search failed: {{message}}',
  loaded: 'Counterexample loaded: {{property}} is broken.',
  items: {
    'commit-old-term': {
      rule: 'A leader commits an entry of an earlier term by counting its replicas (§5.4.2, Figure 8).',
      danger: 'A committed entry is overwritten by a later leader: Leader Completeness, State Machine Safety.',
    },
    'forget-vote': {
      rule: 'votedFor is not persisted: a node that restarts forgets whom it voted for (Figure 2).',
      danger: 'Two votes in one term, and two leaders in one term.',
    },
    'skip-vote-log-check': {
      rule: 'A vote is granted without checking that the candidate\'s log is at least as up-to-date (§5.4.1).',
      danger: 'A leader without a committed entry: Leader Completeness.',
    },
    'skip-append-check': {
      rule: 'A follower appends entries without matching prevLogIndex and prevLogTerm (Figure 2, AppendEntries step 2).',
      danger: 'Logs diverge under equal entries: Log Matching.',
    },
    'stale-leader-read': {
      rule: 'A leader answers a linearizable read from its own state without confirming that it still leads (§8, ReadIndex).',
      danger: 'A deposed leader returns a stale value: the client history is not linearizable.',
    },
    'keep-commit-on-restart': {
      rule: 'None: the commit index survives a crash.',
      danger: 'Nothing. The search finds no violation, because there is none.',
    },
  },
  safe: 'keep-commit-on-restart breaks no rule, so no counterexample exists. etcd itself keeps the commit index in its HardState across restarts. A commit index only ever says that the entries up to it are committed, and a committed entry stays committed in every later leader\'s log (Leader Completeness): remembering it can never become wrong. The paper\'s model forgets it only because it can always be learned again from the leader.',
  banner: {
    label: 'Broken on purpose',
    bugs: 'This run breaks a rule of Raft on purpose: {{bugs}}.',
    found: 'Counterexample from seed {{seed}} ({{tried}} seeds tried, shrunk from {{from}} to {{to}} steps): {{property}} fails.',
    hint: 'Play or step through it; Copy link shares it.',
    change: 'Change…',
  },
};
