// Every `require('typescript')` in the lint process gets this folder's TypeScript 6: the root's TypeScript 7
// (our tsc) has no compiler API, and npm may hoist typescript-eslint's helpers (ts-api-utils) next to it.
const Module = require('node:module');

const typescript6 = require.resolve('typescript');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'typescript' ? typescript6 : resolve.call(this, request, ...rest);
};
