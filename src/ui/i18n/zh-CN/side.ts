import type { side as en } from '../en/side';

export const side: typeof en = {
  title: 'side',
};
