// The size guard that npm test applies (scripts/maten.mjs, bench/budget.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { budget, maten, overschreden } from '../../scripts/maten.mjs';

test('the size guard fails a download that grew past its ceiling, and only then', () => {
  const { grenzen } = budget();
  for (const k of ['wasmGz', 'pakketGz', 'glueGz', 'paginaGz']) assert.equal(typeof grenzen[k], 'number', k);
  const binnen = { wasmGz: grenzen.wasmGz, pakketGz: grenzen.pakketGz, glueGz: grenzen.glueGz, paginaGz: grenzen.paginaGz };
  assert.deepEqual(overschreden(binnen), []);
  const teGroot = overschreden({ ...binnen, wasmGz: grenzen.wasmGz + 1 });
  assert.equal(teGroot.length, 1);
  assert.match(teGroot[0], /^wasmGz: \d+ B gzip is above the ceiling/);
  assert.equal(overschreden({ ...binnen, glueGz: grenzen.glueGz + 1, paginaGz: grenzen.paginaGz + 1 }).length, 2);
  assert.match(overschreden({ ...binnen, pakketGz: grenzen.pakketGz + 1 })[0], /^pakketGz: /);
});

test('a .wasm built with stable Rust (no nightly) is held to its own ceilings', () => {
  const { grenzen } = budget();
  const s = grenzen.stabiel;
  assert.ok(s.wasmGz > grenzen.wasmGz && s.pakketGz > grenzen.pakketGz && s.paginaGz > grenzen.paginaGz, JSON.stringify(s));
  const stabiel = { rust: 'stable', wasmGz: s.wasmGz, pakketGz: s.pakketGz, glueGz: grenzen.glueGz, paginaGz: s.paginaGz };
  assert.deepEqual(overschreden(stabiel), []);
  assert.equal(overschreden({ ...stabiel, rust: 'nightly' }).length, 3);
  const teGroot = overschreden({ ...stabiel, wasmGz: s.wasmGz + 1 });
  assert.equal(teGroot.length, 1);
  assert.match(teGroot[0], /^wasmGz: \d+ B gzip is above the ceiling of \d+ B in grenzen\.stabiel/);
});

test('the built package and page are within the guard', () => {
  const m = maten();
  assert.ok(m.wasmGz > 10_000 && m.pakketGz > m.wasmGz && m.glueGz > 500 && m.paginaGz > m.wasmGz, JSON.stringify(m));
  assert.deepEqual(overschreden(m), []);
});
