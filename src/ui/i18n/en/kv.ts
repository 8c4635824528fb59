// Strings of the kv view(s).
export const kv = {
  title: 'kv',
};
