import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Position } from '@/lib/corpus/types';
import { PositionItem } from './PositionItem';

afterEach(cleanup);

const position: Position = {
  id: 'ks-2021:unnga-nye-og-utvidede-bindende-bemanningsnormer',
  documentId: 'ks-2021',
  chapter: 'Gi større rom for lokaldemokratiet',
  chapterIndex: 1,
  title: 'Unngå nye og utvidede bindende bemanningsnormer.',
  body: 'Første avsnitt om normer.\n\nAndre avsnitt om lokal handlefrihet.',
  order: 3,
};

function renderItem(p: Position = position) {
  return render(
    <ul>
      <PositionItem position={p} />
    </ul>,
  );
}

describe('PositionItem', () => {
  it('shows the title collapsed, with its id on the list item', () => {
    const { container } = renderItem();
    const button = screen.getByRole('button', { name: /Unngå nye og utvidede bindende bemanningsnormer/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('li')?.dataset.positionId).toBe(position.id);
    expect(screen.queryByText('Første avsnitt om normer.')).toBeNull();
  });

  it('expands to the body paragraphs and collapses again', () => {
    renderItem();
    const button = screen.getByRole('button');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const first = screen.getByText('Første avsnitt om normer.');
    expect(first.tagName).toBe('P');
    expect(screen.getByText('Andre avsnitt om lokal handlefrihet.').tagName).toBe('P');
    expect(button.getAttribute('aria-controls')).toBe(first.parentElement?.id);
    fireEvent.click(button);
    expect(screen.queryByText('Første avsnitt om normer.')).toBeNull();
  });

  it('says so when the demand has no justification', () => {
    renderItem({ ...position, body: '' });
    fireEvent.click(screen.getByRole('button'));
    expect(screen.getByText('Dokumentet har ingen begrunnelse for dette kravet.')).toBeTruthy();
  });

  it('renders data text as text, never as markup', () => {
    const { container } = renderItem({ ...position, title: '<img src=x onerror=alert(1)>Tittel', body: '<b>fet</b>' });
    fireEvent.click(screen.getByRole('button'));
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('<b>fet</b>')).toBeTruthy();
  });
});
