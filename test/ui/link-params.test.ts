// The page's link parameters (PAGE.md, with the projector and A/B extensions).

import { describe, expect, it } from 'vitest';
import { readFragment } from '../../src/ui/link-params';

describe('readFragment', () => {
  it('reads the scenario, language, embed, projector and A/B parameters', () => {
    expect(readFragment('#s=1abc&lang=zh-CN&embed=1&projector=1&ab=preVote')).toEqual({ data: '1abc', lang: 'zh-CN', embed: true, projector: '1', ab: 'preVote' });
  });

  it('leaves out what the link does not say', () => {
    expect(readFragment('')).toEqual({ data: null, lang: null, embed: false, projector: null, ab: null });
    expect(readFragment('#embed=0').embed).toBe(false);
  });
});
