import { CAMPAIGN_KINDS, names } from '../../config/taxonomy';
import { select } from '../fields';

/**
 * 相关创建活动 on stories, reports and posters: the creation campaigns whose page lists the entry.
 * Posters (by 适用场所) and stories recommended for 文明家庭 are also listed without it
 * (src/lib/campaigns.ts), so editors tick only what the rest cannot say.
 */
export const campaignLinksField = select('campaigns', '相关创建活动', names(CAMPAIGN_KINDS), {
  multiple: true,
  required: false,
  hint:
    '这篇内容服务于哪类创建活动，就勾选哪类，它会列在该创建活动的页面上（/campaigns/）。' +
    '海报已按“适用场所”自动归入（学校→文明校园，社区→文明社区，农村→文明村镇，单位→文明单位，公共场所→文明城市），先进典型推荐评选“文明家庭”的自动归入文明家庭，不必重复勾选。',
});
