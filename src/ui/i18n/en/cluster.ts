// Strings of the cluster view(s).
export const cluster = {
  title: 'cluster',
};
