// The lint toolchain, resolved from this folder so that typescript-eslint finds its own TypeScript 6.
// First, before anything loads TypeScript: the redirect to TypeScript 6.
import './typescript-6.cjs';
export { default as js } from '@eslint/js';
export { default as prettierConfig } from 'eslint-config-prettier';
export { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
export { default as importPlugin } from 'eslint-plugin-import-x';
export { default as globals } from 'globals';
export { default as tseslint } from 'typescript-eslint';
