import { describe, expect, it } from 'vitest';
import { CAMPAIGN_KINDS, POSTER_AUDIENCES } from '../../src/config/taxonomy';
import { AUDIENCE_CAMPAIGNS, campaignKindsOf, campaignOrder, servesCampaign } from '../../src/lib/campaigns';
import { isDraft, readCollection } from '../helpers/content';

describe('which campaigns an entry serves', () => {
  it('takes the campaigns an editor ticked, in the plan’s order, each once', () => {
    expect(campaignKindsOf({ campaigns: ['文明家庭', '文明城市', '文明家庭'] })).toEqual(['文明城市', '文明家庭']);
    expect(campaignKindsOf({})).toEqual([]);
  });

  it('adds the campaign of each poster audience: 学校 → 文明校园, 社区 → 文明社区, 农村 → 文明村镇, 单位 → 文明单位', () => {
    expect(campaignKindsOf({ audience: ['学校'] })).toEqual(['文明校园']);
    expect(campaignKindsOf({ audience: ['社区', '农村'] })).toEqual(['文明村镇', '文明社区']);
    expect(campaignKindsOf({ audience: ['单位', '公共场所'] })).toEqual(['文明城市', '文明单位']);
    // Ticked and derived together, without doubles.
    expect(campaignKindsOf({ audience: ['学校'], campaigns: ['文明校园', '文明家庭'] })).toEqual([
      '文明校园',
      '文明家庭',
    ]);
  });

  it('maps every poster audience of the taxonomy to a campaign kind', () => {
    const kinds: readonly string[] = CAMPAIGN_KINDS.map((kind) => kind.name);
    for (const audience of POSTER_AUDIENCES) expect(kinds, audience.name).toContain(AUDIENCE_CAMPAIGNS[audience.name]);
  });

  it('puts a story recommended for the 文明家庭 honour on the 文明家庭 page, and no other honour anywhere', () => {
    expect(campaignKindsOf({ honours: ['文明家庭', '中国好人'] })).toEqual(['文明家庭']);
    expect(campaignKindsOf({ honours: ['道德模范', '身边好人'] })).toEqual([]);
    expect(servesCampaign({ honours: ['文明家庭'] }, '文明家庭')).toBe(true);
    expect(servesCampaign({ honours: ['文明家庭'] }, '文明社区')).toBe(false);
  });

  it('orders campaign kinds as the plan names them, unknown ones last', () => {
    expect(CAMPAIGN_KINDS.map((kind) => campaignOrder(kind.name))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(campaignOrder('文明医院')).toBe(6);
  });
});

describe('the sample content', () => {
  const published = (collection: string) => readCollection(collection).filter((entry) => !isDraft(entry));

  it('has one campaign of each of the six kinds', () => {
    expect(
      published('campaigns')
        .map((entry) => entry.data.kind)
        .sort(),
    ).toEqual(CAMPAIGN_KINDS.map((kind) => kind.name).sort());
  });

  for (const kind of CAMPAIGN_KINDS) {
    it(`gives ${kind.name} related stories, reports and posters`, () => {
      for (const collection of ['stories', 'updates', 'posters']) {
        const serving = published(collection).filter((entry) => servesCampaign(entry.data, kind.name));
        expect(serving.length, `${kind.name}: ${collection}`).toBeGreaterThan(0);
      }
    });
  }
});
