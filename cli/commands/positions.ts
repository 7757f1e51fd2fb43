import type { Bundle } from '../../lib/data/bundle';
import type { Position } from '../../lib/corpus/types';
import { UsageError, type CliIo } from '../io';

/** `list [--json]`: every position; JSON is an array of {id, document, chapter, title, body}. */
export function list(args: string[], io: CliIo, bundle: Bundle): number {
  const unknown = args.filter((a) => a !== '--json');
  if (unknown.length) throw new UsageError(`list: unknown argument "${unknown[0]}" (usage: list [--json])`);
  if (args.includes('--json')) {
    const rows = bundle.positions.map((p) => ({
      id: p.id,
      document: p.documentId,
      chapter: p.chapter,
      title: p.title,
      body: p.body,
    }));
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  let chapter = '';
  for (const p of bundle.positions) {
    if (p.chapter !== chapter) {
      chapter = p.chapter;
      io.stdout(`\n${p.chapterIndex}. ${chapter}\n`);
    }
    io.stdout(`  ${p.id}\n    ${p.title}\n`);
  }
  io.stdout(`\n${bundle.positions.length} KS-standpunkter\n`);
  return 0;
}

function wrap(text: string, width = 88, indent = ''): string {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(indent + line);
  return out.join('\n');
}

export function formatPosition(p: Position, bundle: Bundle): string {
  const doc = bundle.documents.find((d) => d.id === p.documentId);
  const body = p.body
    ? p.body
        .split('\n\n')
        .map((para) => wrap(para))
        .join('\n\n')
    : '(Ingen begrunnelse i dokumentet.)';
  const source = doc
    ? `${doc.publisher}, «${doc.title}», ${doc.year}, kapittel ${p.chapterIndex} «${p.chapter}»`
    : p.documentId;
  return `${wrap(p.title)}\n\n${body}\n\nKilde: ${source}\nId: ${p.id}\n`;
}

/** `show <id>`: one position formatted for reading. */
export function show(args: string[], io: CliIo, bundle: Bundle): number {
  const [id, ...rest] = args;
  if (!id) throw new UsageError('show: missing position id (usage: show <id>; `list` prints the ids)');
  if (rest.length) throw new UsageError(`show: unexpected argument "${rest[0]}"`);
  const position = bundle.positions.find((p) => p.id === id);
  if (!position) throw new UsageError(`show: no position with id "${id}" (\`list\` prints the ids)`);
  io.stdout(formatPosition(position, bundle));
  return 0;
}
