// Tests and `npm run dev` run the TypeScript sources: a worker thread cannot load .ts by
// itself, so this shim registers tsx's loader first. The built server (dist/) never uses it.
require('tsx/cjs/api').register();
const { workerData } = require('node:worker_threads');
module.exports = require(workerData?.entry ?? './engine.worker.ts');
