// `npm test`: everything, in order; stops at the first failure.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { ensureRust, ensureNodeModules } from './setup.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const step = (name, cmd, args, env = {}) => {
  console.log(`\n=== ${name}`);
  execFileSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
};

ensureRust();
ensureNodeModules();
step('Rust: unit, rule fixtures, properties, CLI', 'cargo', ['test', '--release']);
