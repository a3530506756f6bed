import { CAMPAIGN_KINDS, type CampaignKind } from '../config/taxonomy';

/**
 * Which creation campaigns (文明城市 … 文明家庭) a story, report or poster serves, so that each campaign's
 * page can list them. An editor ticks 相关创建活动; besides that, what the taxonomy already says counts:
 * a poster made for schools serves 文明校园, and a story recommended for the 文明家庭 honour serves 文明家庭.
 * The CMS hints (src/schema/collections/campaign-links.ts) explain the same to editors.
 */

/** A poster's 适用场所 and the campaign whose places it is printed for. */
export const AUDIENCE_CAMPAIGNS: Readonly<Record<string, CampaignKind>> = {
  学校: '文明校园',
  社区: '文明社区',
  农村: '文明村镇',
  单位: '文明单位',
  // The plan's public places are those of the city (城区…): 文明城市 is the campaign for them.
  公共场所: '文明城市',
};

/** Honours a story is recommended for that are themselves a creation campaign. */
export const HONOUR_CAMPAIGNS: Readonly<Record<string, CampaignKind>> = { 文明家庭: '文明家庭' };

/** The fields of an entry that say which campaigns it serves (each optional: not every collection has them). */
export interface CampaignLinkable {
  readonly campaigns?: readonly string[];
  readonly audience?: readonly string[];
  readonly honours?: readonly string[];
}

const KIND_ORDER: readonly string[] = CAMPAIGN_KINDS.map((kind) => kind.name);

/** The campaigns an entry serves, in the plan's order, each once. */
export function campaignKindsOf(data: CampaignLinkable): CampaignKind[] {
  const kinds = new Set<string>([
    ...(data.campaigns ?? []),
    ...(data.audience ?? []).flatMap((audience) => AUDIENCE_CAMPAIGNS[audience] ?? []),
    ...(data.honours ?? []).flatMap((honour) => HONOUR_CAMPAIGNS[honour] ?? []),
  ]);
  return KIND_ORDER.filter((kind): kind is CampaignKind => kinds.has(kind));
}

/** Whether an entry belongs on the page of this campaign. */
export const servesCampaign = (data: CampaignLinkable, kind: CampaignKind): boolean =>
  campaignKindsOf(data).includes(kind);

/** The campaign kind a campaign entry stands for, in the plan's order (for sorting the overview). */
export const campaignOrder = (kind: string): number => {
  const index = KIND_ORDER.indexOf(kind);
  return index === -1 ? KIND_ORDER.length : index;
};
