// Strings of the side view(s).
export const side = {
  title: 'side',
};
