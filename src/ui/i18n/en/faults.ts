// Strings of the faults view(s).
export const faults = {
  title: 'faults',
};
