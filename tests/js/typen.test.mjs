// The TypeScript declarations (src/wasm/typen.d.ts, shipped as pkg/plantoets.d.ts) against
// what the core really produces: every example plan and report, hostile-input reports,
// the catalogue and the services are written into a .ts file as typed literals, and tsc
// must accept them (object literals get excess-property checks, so an undeclared field
// fails too). A few @ts-expect-error lines prove the types reject wrong shapes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { initSync, check, diensten, catalogus, schema } from '../../pkg/plantoets.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
initSync({ module: readFileSync(join(root, 'pkg', 'plantoets_bg.wasm')) });

test('the TypeScript types describe the real values', () => {
  const plannen = readdirSync(join(root, 'examples'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(root, 'examples', f), 'utf8')));
  const reports = [
    ...plannen.map((p) => check(p, { peildatum: '2026-11-23' })),
    ...plannen.map((p) => check(p, { taal: 'en', tarieven: { vastePrijsPraktijkassessmentCent: 150000 } })),
    check(undefined),
    check({}),
    check({ dienst: 'werkfit', activiteiten: [{ sessies: 'x' }], kleur: 1 }),
  ];
  const lit = (v) => JSON.stringify(v, null, 1);
  const bron = `
import type { Plan, Report, Options, DienstInfo, Regel, JsonSchema, Code } from '../../pkg/plantoets.js';
import { check, diensten, catalogus, schema } from '../../pkg/plantoets.js';

export const plannen: Plan[] = ${lit(plannen)};
export const reports: Report[] = ${lit(reports)};
export const dienstenLijst: DienstInfo[] = ${lit(diensten())};
export const regels: Regel[] = ${lit(catalogus())};
export const codes: Code[] = ${lit(catalogus().map((r) => r.code))};
export const s: JsonSchema = ${lit(schema())};

const opties: Options = { peildatum: '2025-03-20', taal: 'en', tarieven: { uurtariefCent: 8600 } };
const r: Report = check(plannen[0]!, opties);
const t: Report = check('{"dienst":"naar-werk"}');
const d: DienstInfo[] = diensten();
const c: Regel[] = catalogus();
const j: JsonSchema = schema();
export const gebruikt = [r, t, d, c, j];

// @ts-expect-error an unknown service
export const f1: Plan = { dienst: 'werkfit' };
// @ts-expect-error sessions are a number
export const f2: Plan = { activiteiten: [{ sessies: '4' }] };
// @ts-expect-error an unknown field
export const f3: Plan = { kleur: 'blauw' };
// @ts-expect-error the language is nl or en
export const f4: Options = { taal: 'fr' };
// @ts-expect-error severity is one of three
export const f5: Report['bevindingen'][number]['ernst'] = 'ernstig';
// @ts-expect-error not a code of the catalogue
export const f6: Code = 'X01';
`;
  const map = join(root, 'target', 'ts-toets');
  mkdirSync(map, { recursive: true });
  writeFileSync(join(map, 'toets.ts'), bron);
  const tsc = spawnSync(
    join(root, 'node_modules', '.bin', 'tsc'),
    [
      '--noEmit',
      '--strict',
      '--exactOptionalPropertyTypes',
      '--noUncheckedIndexedAccess',
      '--target',
      'es2022',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--skipLibCheck',
      'false',
      join(map, 'toets.ts'),
    ],
    { encoding: 'utf8', cwd: root },
  );
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});
