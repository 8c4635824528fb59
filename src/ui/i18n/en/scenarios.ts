// Strings of the scenario menu.
export const scenarios = {
  menu: 'Scenarios',
  startHere: 'Start here ▶',
  startHereHint: 'New to Raft? Begin with the first lesson: {{name}}',
  builtins: 'Teaching scenarios',
  fresh: 'New: a healthy five-node cluster',
  import: 'Open a scenario file…',
  export: 'Save scenario (JSON)',
  exportTrace: 'Save trace (JSON Lines)',
  traceSaved: 'The trace so far was saved.',
  undo: 'Undo fork',
  undoHint: 'Acting in the past dropped the later steps: bring them back',
};
