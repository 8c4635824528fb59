// Strings of the logs view(s).
export const logs = {
  title: 'logs',
};
