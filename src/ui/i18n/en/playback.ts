// Strings of the playback view(s).
export const playback = {
  title: 'playback',
};
