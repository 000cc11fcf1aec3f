import { describe, expect, it } from 'vitest';
import { importedUrls, reachableModules } from '../../size/module-graph.ts';

const BASE = 'http://app.test/assets/';

describe('the worker module graph', () => {
  it('finds static, side-effect, re-export and dynamic imports in minified output', () => {
    const source =
      'import{a as b}from"./dexie-1.js";import"./side-2.js";export{c}from\'./re-3.js\';' +
      'const l=()=>import("./lazy-4.js");const s="from here";';
    expect(importedUrls(source, `${BASE}worker-0.js`)).toEqual([
      `${BASE}dexie-1.js`,
      `${BASE}side-2.js`,
      `${BASE}re-3.js`,
      `${BASE}lazy-4.js`,
    ]);
  });

  it('resolves parent-relative and absolute specifiers against the importing file', () => {
    const source = 'import{x}from"../lib/x.js";import{y}from"/assets/y.js";';
    expect(importedUrls(source, `${BASE}worker.js`)).toEqual([
      'http://app.test/lib/x.js',
      'http://app.test/assets/y.js',
    ]);
  });

  it('charges the worker only with modules the browser actually loaded', async () => {
    const sources: Record<string, string> = {
      [`${BASE}worker.js`]: 'import"./db.js";const later=()=>import("./never.js");',
      [`${BASE}db.js`]: 'import"./util.js";',
      [`${BASE}util.js`]: '',
    };
    const loaded = new Set([...Object.keys(sources), `${BASE}page.js`]);
    const reached = await reachableModules([`${BASE}worker.js`], loaded, (url) =>
      Promise.resolve(sources[url] ?? ''),
    );
    expect([...reached].sort()).toEqual([`${BASE}db.js`, `${BASE}util.js`, `${BASE}worker.js`]);
  });
});
