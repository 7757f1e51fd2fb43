import type { SpeakerLang } from '@/lib/speakers';
import { uiLanguage } from './i18n';

/** Group names follow the UI: nynorsk in a nynorsk UI, else bokmål (the Storting's own words have no English). */
export const speakerLang = (): SpeakerLang => (uiLanguage() === 'nn' ? 'nn' : 'nb');
