import { describe, expect, it } from 'vitest';
import { htmlPages, page } from '../helpers/dist';

describe('links', () => {
  it('that open a new tab cannot reach back into the site (rel="noopener noreferrer")', () => {
    let checked = 0;
    for (const file of htmlPages()) {
      for (const link of page(`/${file}`).querySelectorAll('a[target]')) {
        if (link.getAttribute('target') === '_self') continue;
        checked++;
        const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
        expect(rel, `${file}: ${link.outerHTML.slice(0, 160)}`).toEqual(
          expect.arrayContaining(['noopener', 'noreferrer']),
        );
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
