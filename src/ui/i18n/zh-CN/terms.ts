import type { terms as en } from '../en/terms';

export const terms: typeof en = {
  title: 'terms',
};
