// Strings of the membership controls and views: adding, promoting and removing nodes, the
// configuration line, and snapshots on their way.
export const members = {
  add: 'Add node',
  addTitle: 'Add {{node}} as a voter: the leader proposes the change through its log (one change at a time); {{node}} starts empty and catches up from the leader’s snapshot and log.',
  addLearner: 'Add learner',
  addLearnerTitle: 'Add {{node}} as a learner: it receives the log but never votes or campaigns and counts for no majority, until it is promoted.',
  why: {
    ended: 'The run has reached the longest time a scenario may have: save it and start a new one.',
    noLeader: 'There is no leader to propose a membership change.',
    full: 'A cluster has at most 9 members.',
    ids: 'This scenario has used all the node ids it may name (16).',
  },
  menu: {
    title: 'Membership',
    promote: 'Promote to voter',
    remove: 'Remove from the cluster',
    noLeader: 'there is no leader to propose it',
    ended: 'the run has reached its longest time',
  },
  config: {
    label: 'Configuration',
    voters: 'voters {{list}}',
    learners: 'learners {{list}}',
    noLearners: 'no learners',
    majority: 'majority {{count}} of {{voters}}',
    joining: 'joining {{list}}',
    title: 'The leader’s configuration: who votes and counts for a majority, and who only receives the log. Changes are made one server at a time through the log (Raft thesis, chapter 4).',
    none: 'no leader: configuration not known',
  },
  snapshotMessage: 'snapshot ≤ {{index}}',
  learner: 'learner',
  incomingShort: '⇣ snapshot ≤ {{index}} arriving',
  incoming: 'InstallSnapshot ≤ {{index}} on its way',
  incomingTitle: 'The leader is sending a snapshot of its state machine up to index {{index}}: the entries this node needs were compacted (§7).',
  stepRefused: 'The {{step}} step did nothing: {{reason}}',
};
