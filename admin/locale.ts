import { zh_Hans } from 'decap-cms-locales';

/**
 * Decap's 简体中文 with the workflow named the way the office names it:
 * 草稿 → 待审核 → 待发布 → 已发布.
 */
const overrides = {
  app: {
    app: {
      checkConfigYml: '请联系网站管理员检查内容管理系统的配置（PUBLIC_CMS_* 环境变量）',
      waitingBackend: '正在连接内容仓库……',
    },
  },
  auth: { loginWithForgejo: '使用 Forgejo 登录' },
  collection: {
    collectionTop: { viewAsList: '列表视图', viewAsGrid: '网格视图' },
    entries: { unpublishedHeader: '未发布的内容' },
  },
  editor: {
    editor: { onPublishingNotReady: '请在发布之前将状态更新为“待发布”' },
    editorControl: { field: { widgetLabel: '%{widgetLabel}字段' } },
    editorControlPane: {
      widget: {
        rangeMin: '“%{fieldLabel}”至少需要 %{minCount} 项。',
        rangeMax: '“%{fieldLabel}”最多 %{maxCount} 项。',
      },
    },
    editorInterface: { toggleNotes: '显示或隐藏批注' },
    editorNotesPane: {
      title: '批注',
      emptyState: '还没有批注。在下面写下第一条，和同事一起审改。',
      addNote: '添加批注',
      addPlaceholder: '写一条批注……',
      editPlaceholder: '修改批注……',
      save: '保存',
      cancel: '取消',
      edit: '修改',
      delete: '删除',
      resolve: '标为已解决',
      unresolve: '重新打开',
      confirmDelete: '确定删除这条批注吗？',
      shortcut: '提示：按 Ctrl+Enter 快速添加批注',
    },
    editorToolbar: {
      inReview: '待审核',
      ready: '待发布',
      statusInfoTooltipDraft: '当前状态为草稿。写完后请把状态设为“待审核”，提交审核。',
      statusInfoTooltipInReview: '正在审核，无需其他操作；审核期间仍可继续修改。',
    },
    editorWidgets: {
      markdown: {
        strikethrough: '删除线',
        linkPrompt: '输入链接地址',
        toggleMode: { rich: '切换到富文本模式', markdown: '切换到 Markdown 模式' },
      },
      image: {
        chooseMultiple: '选择图片',
        addMore: '添加更多图片',
        removeAll: '移除全部图片',
        chooseUrl: '从网址插入',
        replaceUrl: '用网址替换',
        promptUrl: '输入图片的网址',
      },
      file: {
        chooseMultiple: '选择文件',
        addMore: '添加更多文件',
        removeAll: '移除全部文件',
        chooseUrl: '从网址插入',
        replaceUrl: '用网址替换',
        promptUrl: '输入文件的网址',
      },
      datetime: { setToNow: '把“%{fieldLabel}”设为现在' },
      list: { addType: '添加%{item}' },
      object: { expand: '展开', collapse: '收起' },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: { copyUrl: '复制地址' },
    mediaLibraryModal: { close: '关闭' },
  },
  ui: {
    errorBoundary: { reportIt: '报告这个问题' },
    settingsDropdown: { account: '账户选项' },
    toast: {
      onBackendDown: '内容仓库服务暂时无法访问，详情：%{details}',
      noteAdded: '批注已添加',
      onFailToAddNote: '添加批注失败：%{details}',
      noteUpdated: '批注已更新',
      onFailToUpdateNote: '更新批注失败：%{details}',
      noteDeleted: '批注已删除',
      onFailToDeleteNote: '删除批注失败：%{details}',
      noteResolved: '批注已标为解决',
      noteReopened: '批注已重新打开',
      onFailToToggleNote: '更改批注状态失败：%{details}',
    },
  },
  workflow: {
    // “12月2日” on the workflow cards, not “December 2”.
    workflow: { dateFormat: 'M月D日' },
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
