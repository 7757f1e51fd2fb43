/**
 * Keyboard movement between list entries: every entry's main button carries `data-entry-primary`;
 * arrows move between them across the whole view (page list, results, chapters), Home/End jump.
 * Returns true when the key was handled.
 */
export const PRIMARY_ATTR = 'data-entry-primary';
export const LIST_ROOT_ATTR = 'data-entry-root';

function primaries(from: Element): HTMLElement[] {
  const root = from.closest(`[${LIST_ROOT_ATTR}]`) ?? from.ownerDocument.body;
  return [...root.querySelectorAll<HTMLElement>(`[${PRIMARY_ATTR}]`)];
}

export function focusFirstEntry(from: Element): boolean {
  const first = primaries(from)[0];
  first?.focus();
  return !!first;
}

export function moveBetweenEntries(event: KeyboardEvent, onLeaveTop?: () => void): boolean {
  const current = event.currentTarget as HTMLElement | null;
  if (!current) return false;
  const all = primaries(current);
  const i = all.indexOf(current);
  let next: HTMLElement | undefined;
  switch (event.key) {
    case 'ArrowDown':
      next = all[i + 1];
      break;
    case 'ArrowUp':
      if (i <= 0 && onLeaveTop) {
        event.preventDefault();
        onLeaveTop();
        return true;
      }
      next = all[i - 1];
      break;
    case 'Home':
      next = all[0];
      break;
    case 'End':
      next = all[all.length - 1];
      break;
    default:
      return false;
  }
  event.preventDefault();
  next?.focus();
  return true;
}

/** The copy shortcut on a focused entry: "c", or Ctrl/Cmd+C when no text is selected. */
export function isCopyShortcut(event: KeyboardEvent): boolean {
  if (event.altKey) return false;
  const key = event.key.toLowerCase();
  if (key !== 'c') return false;
  if (event.ctrlKey || event.metaKey)
    return (event.currentTarget as Node | null)?.ownerDocument?.getSelection()?.isCollapsed ?? true;
  return !event.shiftKey;
}
