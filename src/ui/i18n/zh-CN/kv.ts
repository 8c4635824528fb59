import type { kv as en } from '../en/kv';

export const kv: typeof en = {
  title: 'kv',
};
