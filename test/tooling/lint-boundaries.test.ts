import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// Snippets are not files of any tsconfig, so lint them with the project's rules minus the
// type-aware ones; the boundary rules under test need no types.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: [
    tseslint.configs.disableTypeChecked,
    { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ],
});

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse');
}

describe('folder boundaries enforced by lint', () => {
  it.each([
    ['shared/x.ts', "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n"],
    ['shared/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['shared/x.ts', "import { useState } from 'react';\nexport const u = useState;\n"],
    [
      'renderer/src/x.ts',
      "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n",
    ],
    [
      'renderer/src/x.ts',
      "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n",
    ],
    ['electron/store/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
  ])('forbids in %s: %s', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toContain('no-restricted-imports');
  });

  it('forbids window.pwp outside the api module', async () => {
    expect(await ruleIdsFor('renderer/src/x.ts', 'export const p = window.pwp;\n')).toContain(
      'no-restricted-properties',
    );
  });

  it('forbids process and window in shared/', async () => {
    expect(await ruleIdsFor('shared/x.ts', 'export const e = process.env;\n')).toContain(
      'no-restricted-globals',
    );
  });

  it('allows Node in electron/', async () => {
    const code = "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n";
    expect(await ruleIdsFor('electron/store/x.ts', code)).not.toContain('no-restricted-imports');
  });
});
