import type { faults as en } from '../en/faults';

export const faults: typeof en = {
  title: 'faults',
};
