// The events log names a broken client connection, a request it failed, and a resumed or compacted watch.

import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { describeEvent } from '../../src/ui/views/events/event-text';
import { events } from '../../src/ui/i18n/en/events';

describe('event text: client connections and watches', () => {
  it('says which connection broke and where the watch resumed', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'en', resources: { en: { events } }, interpolation: { escapeValue: false } });
    const t = i18n.getFixedT(null, 'events') as TFunction<'events'>;
    expect(describeEvent({ t: 1, ev: 'conn', client: 'c1', node: 'n2', state: 'broken', reason: 'loss' }, t)).toContain('c1 to n2 broke (loss)');
    expect(describeEvent({ t: 2, ev: 'watch-resume', client: 'c1', watchId: 0, node: 'n3', revision: 11 }, t)).toBe('Watch 0 of c1 resumed on n3 at revision 11');
    expect(describeEvent({ t: 3, ev: 'watch-cancel', client: 'c1', watchId: 0, revision: 2, compactRevision: 4 }, t)).toContain('compact revision 4');
    expect(describeEvent({ t: 4, ev: 'request-failed', client: 'c1', node: 'n2', code: 'unavailable', request: 'get a', call: 3, retry: true, next: 'n3', at: 4 }, t)).toBe('get a of c1 failed with Unavailable: its connection to n2 broke; sent again to n3');
    expect(describeEvent({ t: 5, ev: 'request-failed', client: 'c1', node: 'n2', code: 'unavailable', request: 'put a=1', call: 4, retry: false }, t)).toContain('may or may not have been applied');
  });
});
