import { defineConfig } from 'wxt';

// Preact JSX comes from tsconfig.json; no Vite plugin is needed for builds or Vitest.
export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'Standpunkt',
    description: '__MSG_extDescription__',
    default_locale: 'nb',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'standpunkt@ks-standpunkt.no',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
