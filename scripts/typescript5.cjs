// vue-tsc and svelte-check drive TypeScript through its compiler API, which TypeScript 7 (the
// project's) does not have. Loaded with `node --require`, this makes their `require('typescript')`
// load TypeScript 5.9, installed as `typescript5`; nothing else sees it.
const Module = require('node:module');

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const redirected = request.replace(/^typescript(?=$|\/)/, 'typescript5');
  return resolve.call(this, redirected, ...rest);
};
