// The embedding kit in dist/site/inbouwen/: plantoets-inbouwen.js (defines <plan-toets>,
// exports attach), plantoets_bg.wasm next to it, the TypeScript types, and the examples
// of examples/embed/ (a bureau website and an intake form).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildInbouwen(site) {
  const map = join(site, 'inbouwen');
  mkdirSync(map, { recursive: true });
  await build({
    entryPoints: [join(root, 'www', 'inbouwen', 'index.js')],
    outfile: join(map, 'plantoets-inbouwen.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    loader: { '.css': 'text' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  copyFileSync(join(root, 'pkg', 'plantoets_bg.wasm'), join(map, 'plantoets_bg.wasm'));
  copyFileSync(join(root, 'www', 'inbouwen', 'plantoets-inbouwen.d.ts'), join(map, 'plantoets-inbouwen.d.ts'));
  copyFileSync(join(root, 'pkg', 'plantoets.d.ts'), join(map, 'plantoets.d.ts'));
  for (const f of readdirSync(join(root, 'examples', 'embed'))) copyFileSync(join(root, 'examples', 'embed', f), join(map, f));
}
