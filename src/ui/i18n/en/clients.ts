// Strings of the clients view(s).
export const clients = {
  title: 'clients',
};
