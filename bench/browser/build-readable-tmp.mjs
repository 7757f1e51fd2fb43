import { build } from 'wxt';
await build({ root: '/work/main', outDir: '/work/main/.output/bench/readable', vite: () => ({ build: { minify: false } }) });
