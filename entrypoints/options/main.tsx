import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '@/components/i18n';
import { problemText } from '@/components/problems';
import { sendMessage } from '@/utils/messaging';
import { sitePattern } from '@/lib/settings/settings';
import { exportFileName } from '@/lib/userdata/format';
import { OptionsApp, type OptionsServices } from './App';
import './style.css';

/** The options page talks to the background only; permission requests run here, on the user's click. */
const services: OptionsServices = {
  async load() {
    const [settings, positions, ownTerms, notes, access] = await Promise.all([
      sendMessage('getSettings'),
      sendMessage('getPositions'),
      sendMessage('getOwnTerms'),
      sendMessage('getNotes'),
      sendMessage('getSiteAccess'),
    ]);
    return { settings, positions, ownTerms, notes, access };
  },
  setSettings: (changes) => sendMessage('setSettings', changes),
  async addSite(site) {
    const granted = await browser.permissions.request({ origins: [sitePattern(site)] }).catch(() => false);
    if (!granted) return t('problemPermission', ['', site]);
    const result = await sendMessage('addSite', { site });
    return result.ok ? null : problemText(result.problem);
  },
  async removeSite(site) {
    await sendMessage('removeSite', site);
  },
  addOwnTerm: (term, positionId) => sendMessage('addOwnTerm', { term, positionId }),
  removeOwnTerm: (id) => sendMessage('removeOwnTerm', id),
  setNote: (positionId, text) => sendMessage('setNote', { positionId, text }),
  async exportData() {
    const file = await sendMessage('exportUserData');
    // A download through an object URL needs no `downloads` permission.
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = exportFileName();
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  importData: (text, dryRun, unknownPositions) =>
    sendMessage('importUserData', { text, dryRun, ...(unknownPositions ? { unknownPositions } : {}) }),
};

document.documentElement.lang = t('lang');
document.title = t('optionsTitle');
render(<OptionsApp services={services} />, document.getElementById('app')!);
