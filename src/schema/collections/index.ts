import { centers } from './centers';
import { customs } from './customs';
import { knowledge } from './knowledge';
import { notices } from './notices';
import { posters } from './posters';
import { settings } from './settings';
import { sms } from './sms';
import { stories } from './stories';
import { updates } from './updates';

/** Every collection of the content model, in the order the CMS lists them. */
export const declarations = [knowledge, stories, customs, notices, posters, sms, centers, updates, settings] as const;

export { centers, customs, knowledge, notices, posters, settings, sms, stories, updates };
