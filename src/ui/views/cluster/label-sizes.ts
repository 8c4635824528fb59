// The size of a node's label block at each level, measured on templates in the current
// language (the widest role name, two-digit indexes) so placement stays put while the
// numbers change. See label-layout.ts for where the blocks go.

import type { TFunction } from 'i18next';
import { textWidth, type BlockSize, type LabelLevel } from './label-layout';

export type { LabelPlace } from './label-layout';

/** Line height and first-line ascent of the label text (cluster.css: 17px bold, 15px, 14px). */
export const LABEL_LINE = 19;
export const LABEL_ASCENT = 15;
const ROLE_PX = 17;
const VOTE_PX = 15;
const INDEX_PX = 14;

const ROLE_KEYS = ['follower', 'precandidate', 'candidate', 'leader', 'learner', 'crashed'];

export function labelSizes(t: TFunction, longestId: string): Record<LabelLevel, BlockSize> {
  const term = t('term', { term: 88 });
  const widestRole = Math.max(...ROLE_KEYS.map((k) => textWidth(`${t(`role.${k}`)} · ${term}`, ROLE_PX, true)));
  const vote = textWidth(t('vote', { node: longestId }), VOTE_PX);
  const indexes = textWidth(t('indexes', { commit: 88, applied: 88, revision: 88 }), INDEX_PX);
  return {
    full: { width: Math.max(widestRole, vote, indexes), height: 3 * LABEL_LINE + 4 },
    short: { width: Math.max(widestRole, vote), height: 2 * LABEL_LINE + 4 },
    compact: { width: Math.max(textWidth(term, ROLE_PX, true), vote), height: 2 * LABEL_LINE + 4 },
    tiny: { width: textWidth(term, ROLE_PX, true), height: LABEL_LINE + 4 },
  };
}
