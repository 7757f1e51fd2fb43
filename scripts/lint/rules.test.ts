/**
 * The layering rules bite: fixtures that break them, linted with the project's own config as if they lived
 * where the rules apply. Only the layering rules run (the fixtures are not part of the TypeScript program).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const LAYERING = new Set(['no-restricted-imports', 'no-restricted-globals']);
const eslint = new ESLint({
  cwd: root,
  ignore: false,
  ruleFilter: ({ ruleId }) => LAYERING.has(ruleId),
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
});

async function lintAs(fixture: string, filePath: string): Promise<string[]> {
  const text = readFileSync(resolve(import.meta.dirname, 'fixtures', fixture), 'utf8');
  const [result] = await eslint.lintText(text, { filePath: resolve(root, filePath) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`);
}

describe('layering rules', () => {
  it('lib/ may not use extension APIs, by import or by global', async () => {
    const messages = await lintAs('uses-browser.ts', 'lib/fixture.test.ts');
    expect(messages).toEqual([
      expect.stringMatching(/^no-restricted-imports: 'wxt\/browser'/),
      expect.stringMatching(/^no-restricted-globals: Unexpected use of 'chrome'/),
    ]);
  });

  it('the same code is fine in entrypoints/', async () => {
    expect(await lintAs('uses-browser.ts', 'entrypoints/background/fixture.ts')).toEqual([]);
  });

  it('components may not import entrypoints/', async () => {
    const messages = await lintAs('imports-entrypoint.tsx', 'components/Fixture.tsx');
    expect(messages).toEqual([expect.stringMatching(/^no-restricted-imports: '@\/entrypoints\/popup\/services'/)]);
  });

  it('lib/match may not import lib/lexicon', async () => {
    const messages = await lintAs('match-imports-lexicon.ts', 'lib/match/fixture.ts');
    expect(messages).toEqual([expect.stringMatching(/^no-restricted-imports: '\.\.\/lexicon\/index'/)]);
  });
});
