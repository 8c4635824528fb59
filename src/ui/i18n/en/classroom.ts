// Strings of the classroom features: projector mode, embed mode, predict-then-reveal, A/B runs.
export const classroom = {
  projector: {
    label: 'Projector',
    title: 'Projector mode: large type, high contrast, bigger nodes, fewer small labels',
  },
  embed: {
    open: 'Open in Raft Explorer',
    openTitle: 'Open this run in the full explorer, in a new tab',
  },
};
