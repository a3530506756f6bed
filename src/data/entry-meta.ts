import type { CollectionEntry } from 'astro:content';
import type { ArticleCollection } from '../config/sections';
import { BROADCAST_KINDS, KNOWLEDGE_TOPICS, termByName } from '../config/taxonomy';
import { broadcastKindPath, campaignsPath, knowledgeTopicPath } from '../lib/urls';

/** One line of the metadata box on an entry page. */
export interface MetaItem {
  readonly label: string;
  readonly value: string | Date;
  /** A page listing more entries with this value (a knowledge topic, say). */
  readonly href?: string;
  /** The link leads to another site (a 来源 body's own website). */
  readonly external?: boolean;
}

/** Links the 来源 line to the body's own site where the settings give one. */
export function withSourceSites(
  items: readonly MetaItem[],
  sites: readonly { name: string; url: string }[],
): MetaItem[] {
  return items.map((item) => {
    const site = item.label === '来源' && sites.find((candidate) => candidate.name === item.value);
    return site ? { ...item, href: site.url, external: true } : item;
  });
}

const present = (items: readonly (MetaItem | false | undefined | '')[]): MetaItem[] =>
  items.filter((item): item is MetaItem => Boolean(item) && (item as MetaItem).value !== '');

/** What a reader needs to trust an entry: who issued it, when, and (for advice) when it was checked. */
export function entryMeta(entry: CollectionEntry<ArticleCollection>): MetaItem[] {
  const { data } = entry;
  const common = present([
    { label: '发布日期', value: data.published },
    data.updated && { label: '更新日期', value: data.updated },
    { label: '来源', value: data.source },
    { label: '责任编辑', value: data.editor },
  ]);
  switch (entry.collection) {
    case 'knowledge': {
      const knowledge = entry.data as CollectionEntry<'knowledge'>['data'];
      const topic = termByName(KNOWLEDGE_TOPICS, knowledge.topic);
      return [
        ...common,
        { label: '审核日期', value: knowledge.reviewed },
        { label: '下次审核', value: knowledge.nextReview },
        { label: '主题', value: knowledge.topic, href: topic && knowledgeTopicPath(topic.slug) },
        { label: '适用人群', value: knowledge.audience.join('、') },
      ];
    }
    case 'notices': {
      const notice = entry.data as CollectionEntry<'notices'>['data'];
      // In the order of a government disclosure page's 公文 table: 索引号, 发文机关, 文号, 成文日期, 发布日期, 有效性.
      return present([
        notice.indexNumber && { label: '索引号', value: notice.indexNumber },
        { label: '发文机关', value: notice.issuer },
        notice.docNumber && { label: '文号', value: notice.docNumber },
        { label: '文种', value: notice.kind },
        { label: '成文日期', value: notice.written },
        { label: '发布日期', value: data.published },
        { label: '有效性', value: notice.validity },
        notice.validityDate && {
          label: notice.validity === '已废止' ? '废止日期' : '失效日期',
          value: notice.validityDate,
        },
        ...common.filter((item) => item.label !== '发布日期'),
      ]);
    }
    case 'stories': {
      const story = entry.data as CollectionEntry<'stories'>['data'];
      return present([
        { label: story.subject === '群体' ? '先进集体' : '先进人物', value: story.person },
        { label: '类别', value: story.category },
        { label: '县（市、区）', value: story.district },
        { label: '单位', value: story.unit },
        story.honours.length > 0 && { label: '优先推荐', value: story.honours.join('、') },
        ...common,
      ]);
    }
    case 'updates': {
      const update = entry.data as CollectionEntry<'updates'>['data'];
      return [{ label: '县（市、区）', value: update.district }, { label: '报送单位', value: update.unit }, ...common];
    }
    case 'broadcasts': {
      const script = entry.data as CollectionEntry<'broadcasts'>['data'];
      const kind = termByName(BROADCAST_KINDS, script.kind);
      return [
        { label: '体裁', value: script.kind, href: kind && broadcastKindPath(kind.slug) },
        { label: '适用', value: script.audience.join('、') },
        { label: '主题', value: script.topic },
        ...common,
      ];
    }
    case 'customs':
      return [{ label: '主题', value: (entry.data as CollectionEntry<'customs'>['data']).theme }, ...common];
    case 'campaigns':
      return [
        { label: '创建类别', value: (entry.data as CollectionEntry<'campaigns'>['data']).kind, href: campaignsPath },
        ...common,
      ];
    case 'posters':
    case 'guides':
      return common;
  }
}
