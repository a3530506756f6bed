import { zh_Hans } from 'decap-cms-locales';

/**
 * Decap's 简体中文 with the workflow named the way the office names it:
 * 草稿 → 待审核 → 待发布 → 已发布.
 */
const overrides = {
  editor: {
    editor: { onPublishingNotReady: '请在发布之前将状态更新为“待发布”' },
    editorToolbar: { inReview: '待审核', ready: '待发布' },
  },
  workflow: {
    workflowList: {
      inReviewHeader: '待审核',
      readyHeader: '待发布',
      onPublishingNotReadyEntry: '只有状态为“待发布”的内容才能发布。请先把卡片拖到“待发布”一列。',
    },
  },
};

type Tree = { [key: string]: string | Tree };

function merge(base: Tree, extra: Tree): Tree {
  const result: Tree = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = result[key];
    result[key] = typeof value === 'object' && typeof current === 'object' ? merge(current, value) : value;
  }
  return result;
}

export const officeLocale = merge(zh_Hans as unknown as Tree, overrides);
