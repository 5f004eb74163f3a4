// Tests and `npm run dev` run the TypeScript sources: a worker thread cannot load .ts by
// itself, so this shim registers tsx's loader first. The built server (dist/) never uses it.
require('tsx/cjs/api').register();
module.exports = require('./engine.worker.ts');
