import { describe, expect, it, vi } from 'vitest';
import { bundle } from '../lib/data/bundle';
import { run } from './run';

async function ks(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: async () => '' });
  return { code, out, err };
}

describe('ks list', () => {
  it('prints every position with --json, each once, with its chapter and body', async () => {
    const { code, out, err } = await ks('list', '--json');
    expect(code).toBe(0);
    expect(err).toBe('');
    const rows = JSON.parse(out) as { id: string; document: string; chapter: string; title: string; body: string }[];
    expect(rows).toHaveLength(bundle.positions.length);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(Object.keys(rows[0]!)).toEqual(['id', 'document', 'chapter', 'title', 'body']);
    const norms = rows.find((r) => r.id === 'ks-2021:unnga-nye-og-utvidede-bindende-bemanningsnormer')!;
    expect(norms.chapter).toBe('Gi større rom for lokaldemokratiet');
    expect(norms.document).toBe('ks-2021');
    expect(norms.body).toMatch(/^Undersøkelser viser at bemanningsnormene/);
  });

  it('prints a readable list grouped by chapter', async () => {
    const { code, out } = await ks('list');
    expect(code).toBe(0);
    expect(out).toContain('1. Gi større rom for lokaldemokratiet');
    expect(out).toContain('7. Fremme høy yrkesdeltakelse');
    expect(out).toContain(`${bundle.positions.length} KS-standpunkter`);
  });
});

describe('ks show', () => {
  it('prints one position with its source', async () => {
    const { code, out } = await ks('show', 'ks-2021:vaere-tilbakeholdne-med-a-bruke-innsigelser');
    expect(code).toBe(0);
    expect(out).toMatch(/^Være tilbakeholdne med å bruke innsigelser\.\n\nDet lokale innslag/);
    expect(out).toContain(
      'Kilde: KS, «Kommunesektorens forventninger til nytt Storting», 2021, kapittel 1 «Gi større rom for lokaldemokratiet»',
    );
  });

  it('says so when a demand has no justification', async () => {
    const { out } = await ks('show', 'ks-2021:flytte-eller-etablere-statlige-arbeidsplasser-utenfor');
    expect(out).toContain('(Ingen begrunnelse i dokumentet.)');
  });
});

describe('ks errors', () => {
  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /missing command/],
    [['show'], /missing position id/],
    [['show', 'ks-2021:finnes-ikke'], /no position with id "ks-2021:finnes-ikke"/],
    [['list', '--yaml'], /unknown argument "--yaml"/],
  ])('%j → one line on stderr, exit 2', async (argv, message) => {
    const { code, out, err } = await ks(...(argv as string[]));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).not.toMatch(/\bat \S+:\d+/);
  });
});

describe('ks on the unexpected (issue 10, finding 7)', () => {
  it('an unexpected error is one line on stderr and exit 2, control characters escaped', async () => {
    vi.doMock('./commands/scan', () => ({
      scan: async () => {
        throw new TypeError('boom \u001b[31mred\nsecond line');
      },
    }));
    try {
      const { code, out, err } = await ks('scan', 'x.html');
      expect([code, out]).toEqual([2, '']);
      expect(err).toBe('ks: TypeError: boom \\u{1b}[31mred\n');
    } finally {
      vi.doUnmock('./commands/scan');
    }
  });

  it('an unknown id is echoed with its control characters escaped', async () => {
    const { code, err } = await ks('show', 'ks-2021:\u001b]0;title\u0007');
    expect(code).toBe(2);
    expect(err).not.toMatch(/[\u001b\u0007]/);
  });
});
