// Strings of the terms view(s).
export const terms = {
  title: 'terms',
};
