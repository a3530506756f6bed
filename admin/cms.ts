import CMS from 'decap-cms-app';
import siteStyles from '../src/styles/global.css?url';
import { declarations } from '../src/schema/collections';
import { decapConfig } from '../src/schema/to-decap';
import { fixDecapStore } from './store-fixes';
import { backendFromEnv, isLocalHost, localBackendUrl } from './backend';
import { checkHandlers } from './checks';
import { officeLocale } from './locale';
import { hideStandaloneMediaLibrary } from './media-tab';
import { previewFor } from './preview';
import { guardUploads } from './uploads';
import { registerEditorComponents, withMdxCollections } from './editor-components';

// The CMS config is derived from the collection declarations, never written by hand.
const config = withMdxCollections(
  decapConfig(declarations, backendFromEnv(import.meta.env), localBackendUrl(window.location), {
    local: isLocalHost(window.location),
  }),
);

CMS.registerLocale('zh_Hans', officeLocale);
CMS.registerPreviewStyle(siteStyles);
for (const declaration of declarations) {
  if (!declaration.singleton) CMS.registerPreviewTemplate(declaration.name, previewFor(declaration));
}
// The content check of `npm run check`, before every save and every publish (admin/checks.ts).
const handlers = checkHandlers(declarations);
CMS.registerEventListener({ name: 'preSave', handler: handlers.preSave as never });
CMS.registerEventListener({ name: 'prePublish', handler: handlers.prePublish as never });
guardUploads();
fixDecapStore();
hideStandaloneMediaLibrary('媒体');
registerEditorComponents(CMS as never, previewFor);
CMS.init({ config: config as never });
