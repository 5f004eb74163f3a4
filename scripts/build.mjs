#!/usr/bin/env node
// Compiles TypeScript to dist/ and derives generated data (the compact dictionary).
// Runs on `npm ci` (prepare) and before `npm start`/`npm run cli` with --if-needed,
// so a fresh clone needs no separate build step.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const quiet = args.has('--quiet');
const stamp = path.join(root, 'dist', '.build-stamp');

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function needsCompile() {
  if (!fs.existsSync(stamp)) return true;
  const built = fs.statSync(stamp).mtimeMs;
  const sources = Math.max(
    newestMtime(path.join(root, 'server')),
    newestMtime(path.join(root, 'scripts')),
    fs.statSync(path.join(root, 'tsconfig.json')).mtimeMs,
  );
  return sources > built;
}

if (!args.has('--if-needed') || needsCompile()) {
  if (!quiet) console.error('duizhao: compiling TypeScript…');
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  } catch {
    // tsc still emits JavaScript when types are wrong; `npm run typecheck` and CI are the gate.
    if (!fs.existsSync(path.join(root, 'dist', 'scripts', 'cli.js'))) process.exit(1);
    console.error('duizhao: type errors above; continuing with the emitted JavaScript');
  }
  fs.writeFileSync(stamp, new Date().toISOString());
}

for (const builder of ['build-lexicon.mjs', 'build-wordnet.mjs']) {
  const file = path.join(root, 'scripts', builder);
  if (fs.existsSync(file))
    execFileSync(process.execPath, [file, ...(quiet ? ['--quiet'] : [])], { stdio: 'inherit' });
}
