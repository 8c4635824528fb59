import type { logs as en } from '../en/logs';

export const logs: typeof en = {
  title: 'logs',
};
