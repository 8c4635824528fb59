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
  quiz: {
    label: 'Predict before you see it',
    predict: 'Predict',
    hint: 'Pick what you think happens next; then the run shows it.',
    right: 'Right!',
    wrong: 'Not this time: the answer is “{{answer}}”.',
    watch: 'Press Continue to watch it happen.',
    score: 'Your predictions: {{right}} of {{asked}} right.',
    reset: 'Reset',
    resetTitle: 'Forget every prediction and start the score again',
    skip: 'Skip the question',
    skipTitle: 'Go on without predicting (it does not count)',
  },
};
