import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest asks for as little as the product uses:
// - storage: each tab's report survives a service-worker restart (storage.session); the user's portals (storage.local);
// - host access only for the portals the content script reads (its `matches`);
// - activeTab + scripting: "Check this page" in the popup reads the active tab once, when the user clicks;
// - optional https host access: asked for one portal at a time, when the user adds it on the options page.
// No remote code, no network permission beyond the portals' own pages.
export default defineConfig({
  // TL_OUT_DIR: a separate build directory, so that two builds (e.g. parallel test runs) never share one.
  outDir: process.env.TL_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // criteria/ and utils/ are imported explicitly: auto-imports could pull zod into the content script.
  imports: false,
  manifest: ({ browser }) => ({
    // name and description in the browser's language, from public/_locales/<lang>/messages.json (en, fr, de, es)
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    optional_host_permissions: ['https://*/*'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'tender-lens@tenderlens.example',
          // 140: the first Firefox that reads data_collection_permissions (Mozilla asks every new add-on to declare it)
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  vite: () => ({ plugins: [preact()] }),
});
