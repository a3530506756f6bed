import { campaigns } from './campaigns';
import { broadcasts } from './broadcasts';
import { centers } from './centers';
import { clinics } from './clinics';
import { customs } from './customs';
import { guides } from './guides';
import { knowledge } from './knowledge';
import { notices } from './notices';
import { posters } from './posters';
import { settings } from './settings';
import { slogans } from './slogans';
import { sms } from './sms';
import { stories } from './stories';
import { updates } from './updates';

/** Every collection of the content model, in the order the CMS lists them. */
export const declarations = [
  guides,
  knowledge,
  stories,
  customs,
  notices,
  posters,
  broadcasts,
  sms,
  slogans,
  centers,
  clinics,
  updates,
  campaigns,
  settings,
] as const;

export {
  broadcasts,
  campaigns,
  centers,
  clinics,
  customs,
  guides,
  knowledge,
  notices,
  posters,
  settings,
  slogans,
  sms,
  stories,
  updates,
};
