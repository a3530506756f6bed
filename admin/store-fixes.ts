// Decap's own store and reducers: the same modules decap-cms-app runs (its ESM build imports them).
import createRootReducer from 'decap-cms-core/dist/esm/reducers/combinedReducer.js';
import { store } from 'decap-cms-core/dist/esm/redux/index.js';

/**
 * Two corrections to Decap's store (wrapping its root reducer, so Decap's own code runs unchanged).
 *
 * 1. “Restore the local backup” restores it. When an entry is opened, Decap looks up the
 * browser's backup of unsaved work and starts loading the entry (or an empty form) at the same
 * time. The backup is found first, the editor accepts it, and then the slower load arrives and
 * replaces the restored text with the saved version, or with an empty form for a new entry
 * (Decap 3.19, components/Editor/Editor.js). Here the load that arrives after a restore, for the
 * same editor, is not allowed to replace the restored draft.
 *
 * 2. No “点击以预览” button. With `show_preview_links: false` Decap finds no preview and then marks
 *    the preview as pending, which shows a button that can never work; the failure is recorded as
 *    “no preview” instead.
 */
export function fixDecapStore(): void {
  const decapReducer = createRootReducer();
  /** Whether the form of the open editor has been filled (from the entry or empty) since it opened. */
  let formFilled = false;
  /** A backup was restored before the form was filled: the fill that follows must not replace it. */
  let restoredEarly = false;
  type State = Record<string, unknown> & { entryDraft?: unknown; deploys?: Record<string, { status?: string }> };
  type Action = { type: string; payload?: { collection?: string; slug?: string } };
  store.replaceReducer(((state: State | undefined, action: Action) => {
    const next = decapReducer(state as never, action as never) as State;
    switch (action.type) {
      case 'DRAFT_DISCARD':
        formFilled = false;
        restoredEarly = false;
        break;
      case 'DRAFT_CREATE_FROM_LOCAL_BACKUP':
        restoredEarly = !formFilled;
        break;
      case 'DRAFT_CREATE_FROM_ENTRY':
      case 'DRAFT_CREATE_EMPTY':
        formFilled = true;
        if (restoredEarly && state) {
          restoredEarly = false;
          return { ...next, entryDraft: state.entryDraft };
        }
        break;
      case 'DEPLOY_PREVIEW_FAILURE': {
        const key = `${action.payload?.collection}.${action.payload?.slug}`;
        const deploy = next.deploys?.[key];
        if (deploy) return { ...next, deploys: { ...next.deploys, [key]: { ...deploy, status: '' } } };
        break;
      }
      case 'ENTRY_PERSIST_REQUEST':
      case 'UNPUBLISHED_ENTRY_PERSIST_REQUEST':
        restoredEarly = false;
        break;
    }
    return next;
  }) as never);
}
