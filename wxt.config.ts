import { defineConfig } from 'wxt';
import { DEFAULT_SITE_PATTERNS } from './lib/settings/settings';

// Preact JSX comes from tsconfig.json; no Vite plugin is needed for builds or Vitest.
// Icons: public/icon/{16,32,48,128}.png (scripts/make-icons.mjs), picked up by WXT automatically.
// Locales: public/_locales/{nb,nn,en}. Chromium 156 accepts all three folder names; with a Norwegian
// UI ("nb" or "no") it shows nb, with --lang=nn it shows nn (tested, see README).
/**
 * Release builds (`wxt zip`, or STANDPUNKT_RELEASE=1) leave out what only tests and benchmarks read on
 * the page: the readiness attribute on <html> and the `standpunkt:*` performance marks, which a page can
 * see too (issue 10). `npm run build` — what the browser tests, the benchmark and the demo load — keeps them.
 */
const RELEASE = process.argv.includes('zip') || process.env.STANDPUNKT_RELEASE === '1';

/**
 * "No network" enforced for our own pages (popup, options, side panel), not only observed: nothing in them
 * may connect anywhere. Scripts and objects only from the package itself.
 */
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'; connect-src 'none'";

export default defineConfig({
  vite: () => ({
    define: { __STANDPUNKT_TEST_HOOKS__: JSON.stringify(!RELEASE) },
  }),
  manifest: ({ browser, command }) => ({
    name: 'Standpunkt',
    description: '__MSG_extDescription__',
    default_locale: 'nb',
    // IndexedDB needs no permission; `storage` is kept for extension storage areas the next issues
    // use (session state). No host permissions: the content script's matches are declared statically.
    permissions: [
      'storage',
      // The "Finn KS-standpunkt for «…»" item on selected text.
      'contextMenus',
      // Registering the content script for sites the user adds, and injecting it into the open tab.
      'scripting',
      // The popup learns the current tab's address (to offer "turn on for this site") only after the
      // user clicked the toolbar button; no install warning, no access to other tabs.
      'activeTab',
      // Chrome's side panel (Firefox's sidebar_action needs no permission).
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // The two sites the content script runs on; declared as host permissions too so that the hover
    // card's code can be injected there when first needed (no wider access than the content script).
    host_permissions: DEFAULT_SITE_PATTERNS,
    // Not in `wxt dev`, whose pages talk to the dev server.
    ...(command === 'build'
      ? {
          content_security_policy:
            browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
        }
      : {}),
    // Sites the user adds in the options: asked for at that moment, given back when removed
    // (MV2 has no optional_host_permissions; origins go in optional_permissions there).
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    // Keyboard commands (rebindable by the user under chrome://extensions/shortcuts). The background
    // forwards them to the page's content script.
    commands: {
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmdToggle__' },
      // Chromium refuses Alt+Shift+N/P as suggested keys (they stay unbound); Up/Down are accepted.
      'next-highlight': { suggested_key: { default: 'Alt+Shift+Down' }, description: '__MSG_cmdNext__' },
      'previous-highlight': { suggested_key: { default: 'Alt+Shift+Up' }, description: '__MSG_cmdPrevious__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'standpunkt@ks-standpunkt.no',
              // The oldest Firefox with everything we use: the CSS Custom Highlight API (CSS.highlights,
              // Highlight, ::highlight(); 140) and data_collection_permissions (140); below that,
              // ClipboardItem (127), storage.session in MV2 (115), the scripting API in MV2 (102),
              // adoptedStyleSheets (101). scheduler.yield (142) is used only where it exists.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on (web-ext lint).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    // The sources zip AMO asks for: what is in git, not what the tests and benchmarks leave behind.
    excludeSources: ['e2e/artifacts/**', 'bench/results/**', 'coverage/**'],
  },
  hooks: {
    // WXT takes the toolbar tooltip from the popup's <title>, which cannot be localised.
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = (manifest.action ?? manifest.browser_action) as { default_title?: string } | undefined;
      if (action) action.default_title = '__MSG_actionTitle__';
    },
  },
});
