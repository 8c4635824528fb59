import type { clients as en } from '../en/clients';

export const clients: typeof en = {
  title: 'clients',
};
