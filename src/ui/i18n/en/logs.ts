// Strings of the log view.
export const logs = {
  title: 'Logs',
  index: 'index',
  newest: 'Newest →',
  empty: 'No entries yet: a leader appends a no-op entry when it is elected.',
  down: 'down',
  role: { follower: 'follower', precandidate: 'pre-candidate', candidate: 'candidate', leader: 'leader' },
  indexes: 'commit {{commit}} · applied {{applied}}',
  commitMark: 'commit index {{index}}',
  state: { applied: 'committed and applied', committed: 'committed, not applied yet', uncommitted: 'not committed yet' },
  entryTitle: 'index {{index}}, term {{term}}: {{label}} ({{state}})',
  snapshot: 'snapshot ≤ {{index}}',
  snapshotTitle: 'Entries up to index {{index}} were compacted into a snapshot',
  legend: {
    title: 'Legend',
    committed: 'committed',
    uncommitted: 'not committed',
    applied: 'applied',
    commit: 'commit index',
    snapshot: 'snapshot',
    term: 'number and color = term',
  },
};
