// A thread that packs the shared dictionaries (shared-tables.ts), sends them and exits.
import { parentPort } from 'node:worker_threads';
import { packSharedTables } from './shared-tables';

parentPort?.postMessage(packSharedTables());
