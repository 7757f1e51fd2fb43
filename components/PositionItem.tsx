import { useId, useState } from 'preact/hooks';
import type { Position } from '@/lib/corpus/types';

/** One KS demand: its title as a disclosure button; expanded, its justification paragraphs. */
export function PositionItem({ position }: { position: Position }) {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const paragraphs = position.body.split(/\n{2,}/).filter((p) => p.trim() !== '');
  return (
    <li class="position" data-position-id={position.id}>
      <button
        type="button"
        class="position-title"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        <span class="position-marker" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        <span>{position.title}</span>
      </button>
      {open && (
        <div class="position-body" id={bodyId}>
          {paragraphs.length > 0 ? (
            paragraphs.map((text, i) => <p key={i}>{text}</p>)
          ) : (
            <p class="position-empty">Dokumentet har ingen begrunnelse for dette kravet.</p>
          )}
        </div>
      )}
    </li>
  );
}
