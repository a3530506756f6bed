import { describe, expect, it } from 'vitest';
import { CENTER_LEVEL_TERMS, CENTER_SERVICE_TERMS, DISTRICTS } from '../../src/config/taxonomy';
import { isDraft, readCollection, type ContentFile } from '../helpers/content';
import { existsInDist, page, textOf } from '../helpers/dist';

const centers = readCollection('centers').filter((entry) => !isDraft(entry));
const titlesOn = (path: string) =>
  page(path)
    .querySelectorAll('.center-card')
    .map((card) => card.querySelector('h2, h3')!.childNodes[0]!.textContent.trim())
    .sort();
const titlesOf = (entries: ContentFile[]) => entries.map((entry) => String(entry.data.title)).sort();

describe('practice-center directory', () => {
  const html = page('/centers/');

  it('shows every center with its address, services and contact', () => {
    expect(titlesOn('/centers/')).toEqual(titlesOf(centers));
    for (const center of centers) {
      const card = html.getElementById(`center-${center.id}`)!;
      const text = textOf(card);
      expect(text, center.file).toContain(String(center.data.address));
      for (const service of center.data.services as string[]) expect(text, center.file).toContain(service);
      if (center.data.phone) expect(card.querySelector(`a[href="tel:${center.data.phone}"]`), center.file).toBeTruthy();
    }
  });

  it('filters by district without JavaScript: a section for each district, linked by anchor', () => {
    for (const district of DISTRICTS) {
      const inDistrict = centers.filter((center) => center.data.district === district.name);
      const section = html.getElementById(`district-${district.slug}`);
      const link = html.querySelector(`a[href="/centers/#district-${district.slug}"]`);
      if (inDistrict.length === 0) {
        expect(section, district.name).toBeNull();
        expect(link, district.name).toBeNull();
        continue;
      }
      expect(link, district.name).toBeTruthy();
      expect(
        section!
          .querySelectorAll('.center-card')
          .map((card) => card.id)
          .sort(),
      ).toEqual(inDistrict.map((center) => `center-${center.id}`).sort());
    }
  });

  it('filters by level and by service without JavaScript: a page for each', () => {
    for (const [facet, terms, matches] of [
      ['level', CENTER_LEVEL_TERMS, (center: ContentFile, name: string) => center.data.level === name],
      [
        'service',
        CENTER_SERVICE_TERMS,
        (center: ContentFile, name: string) => (center.data.services as string[]).includes(name),
      ],
    ] as const) {
      for (const term of terms) {
        const matching = centers.filter((center) => matches(center, term.name));
        const path = `/centers/${facet}/${term.slug}/`;
        expect(existsInDist(`${path.slice(1)}index.html`), path).toBe(matching.length > 0);
        if (matching.length === 0) continue;
        expect(titlesOn(path), path).toEqual(titlesOf(matching));
        expect(html.querySelector(`a[href="${path}"]`), path).toBeTruthy();
      }
    }
  });

  it('has a filter form for all three at once that stays hidden until its script runs', () => {
    const form = html.querySelector('form[data-center-filter]')!;
    expect(form.hasAttribute('hidden')).toBe(true);
    expect(form.querySelectorAll('select').map((select) => select.getAttribute('name'))).toEqual([
      'district',
      'level',
      'service',
    ]);
    expect(form.querySelectorAll('select[name=level] option')).toHaveLength(CENTER_LEVEL_TERMS.length + 1);
    for (const center of centers) {
      const card = html.getElementById(`center-${center.id}`)!;
      expect(card.getAttribute('data-district')).toBe(
        DISTRICTS.find((district) => district.name === center.data.district)!.slug,
      );
      expect(card.getAttribute('data-level')).toBe(
        CENTER_LEVEL_TERMS.find((level) => level.name === center.data.level)!.slug,
      );
    }
    expect(html.querySelector('script[type=module][src^="/_astro/"]')).toBeTruthy();
  });
});
