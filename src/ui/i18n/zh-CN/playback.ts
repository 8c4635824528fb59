import type { playback as en } from '../en/playback';

export const playback: typeof en = {
  title: 'playback',
};
