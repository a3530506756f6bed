import { describe, expect, it } from 'vitest';
import { entryIdFromPath, isUrlSegment, slugFor } from '../../src/lib/slugs';

describe('slugFor', () => {
  it('keeps names that are already ASCII URL segments', () => {
    expect(slugFor('hand-washing')).toBe('hand-washing');
  });

  it('writes Chinese names in pinyin with a stable hash', () => {
    const slug = slugFor('邻里守望相助');
    expect(slug).toMatch(/^lin-li-shou-wang-xiang-zhu-[a-z0-9]{6}$/);
    expect(slugFor('邻里守望相助')).toBe(slug);
    expect(isUrlSegment(slug)).toBe(true);
  });

  it('gives different URLs to names that read the same in pinyin', () => {
    expect(slugFor('公式')).not.toBe(slugFor('公事'));
    expect(slugFor('勤洗手')).not.toBe(slugFor('勤洗手 '.trim() + '！'));
  });

  it('never returns an empty or non-ASCII slug', () => {
    for (const name of ['！！！', '😷', '  ', 'Ⅻ', '口罩 N95']) {
      expect(isUrlSegment(slugFor(name)), name).toBe(true);
    }
  });
});

describe('entryIdFromPath', () => {
  it('drops the extension', () => {
    expect(entryIdFromPath('hand-washing.md')).toBe('hand-washing');
    expect(entryIdFromPath('masks.yml')).toBe('masks');
    expect(entryIdFromPath('勤洗手.md')).toBe(slugFor('勤洗手'));
  });

  it('prefixes purely numeric names so they cannot shadow listing pages', () => {
    expect(entryIdFromPath('2.md')).toBe('entry-2');
  });
});
