import CMS from 'decap-cms-app';
import siteStyles from '../src/styles/global.css?url';
import { declarations } from '../src/schema/collections';
import { decapConfig } from '../src/schema/to-decap';
import { backendFromEnv, localBackendUrl } from './backend';
import { officeLocale } from './locale';
import { previewFor } from './preview';
import { registerEditorComponents, withMdxCollections } from './editor-components';

// The CMS config is derived from the collection declarations, never written by hand.
const config = withMdxCollections(decapConfig(declarations, backendFromEnv(import.meta.env), localBackendUrl(window.location)));

CMS.registerLocale('zh_Hans', officeLocale);
CMS.registerPreviewStyle(siteStyles);
for (const declaration of declarations) {
  if (declaration.name !== 'settings') CMS.registerPreviewTemplate(declaration.name, previewFor(declaration));
}
registerEditorComponents(CMS as never, previewFor);
CMS.init({ config: config as never });
