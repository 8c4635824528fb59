// The events log names a broken client connection and a resumed or compacted watch.

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
  });
});
