import { describe, expect, it } from 'vitest';
import { allowedCollection, allowedFile } from '../../src/cms-server/policy';
import { collectionOfCmsName, mdxTwinName } from '../../src/mdx/collections';

describe('the local CMS server’s collection names', () => {
  it('knows each collection and the CMS twin that edits its .mdx entries', () => {
    expect(allowedCollection('knowledge')).toBe('knowledge');
    expect(allowedCollection(mdxTwinName('knowledge'))).toBe('knowledge-mdx');
    expect(collectionOfCmsName('knowledge-mdx')).toBe('knowledge');
    expect(collectionOfCmsName('guides-mdx')).toBe('guides');
  });

  it('refuses twins of collections that take no .mdx, and anything else', () => {
    for (const name of [
      'sms-mdx',
      'centers-mdx',
      'media',
      'knowledge/../../.git',
      '-mdx',
      'knowledge-mdx-mdx',
      '',
      42,
    ]) {
      expect(() => allowedCollection(name), String(name)).toThrow(/没有名为/);
    }
  });

  it('keeps .mdx entries to the collections that take them', () => {
    expect(allowedFile('content/knowledge/hand-washing.mdx', 'entry').path).toBe('content/knowledge/hand-washing.mdx');
    expect(() => allowedFile('content/sms/x.mdx', 'entry')).toThrow();
    expect(() => allowedFile('content/media/clip.mdx', 'media')).toThrow();
  });
});
