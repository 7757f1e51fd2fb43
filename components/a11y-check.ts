/**
 * A focused accessibility check for component tests (axe-core is not a dependency): names of
 * controls, references between elements, headings, lists, keyboard reachability. Colour contrast
 * needs real layout and styles, so it is checked in the browser tests (e2e/harness/a11y.mjs).
 * Returns readable violations; `[]` means none found.
 */
const INTERACTIVE = 'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [tabindex]';
const LABELLABLE = 'input, select, textarea';

function describe(el: Element): string {
  const id = el.id ? `#${el.id}` : '';
  const cls = el.getAttribute('class') ? `.${el.getAttribute('class')!.split(/\s+/).join('.')}` : '';
  return `<${el.tagName.toLowerCase()}${id}${cls}>`;
}

/** Text a screen reader reads: aria-hidden subtrees do not count. */
function textOf(el: Element | null): string {
  if (!el) return '';
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) out += node.textContent ?? '';
    else if (node.nodeType === 1 && (node as Element).getAttribute('aria-hidden') !== 'true') node.childNodes.forEach(walk);
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}

/** The accessible name by the common rules (aria-labelledby, aria-label, label, content, alt, title). */
export function accessibleName(el: Element): string {
  const doc = el.ownerDocument;
  const labelledby = el.getAttribute('aria-labelledby');
  if (labelledby) return labelledby.split(/\s+/).map((id) => textOf(doc.getElementById(id))).join(' ').trim();
  const label = el.getAttribute('aria-label');
  if (label?.trim()) return label.trim();
  if (el.matches(LABELLABLE)) {
    const byFor = el.id ? doc.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    const wrapping = el.closest('label');
    const name = textOf(byFor) || textOf(wrapping);
    if (name) return name;
  }
  if (el.matches('button, a, [role="button"], summary')) {
    const content = [...el.querySelectorAll('img[alt]')].map((i) => i.getAttribute('alt')).join(' ') + textOf(el);
    if (content.trim()) return content.trim();
  }
  return el.getAttribute('title')?.trim() ?? '';
}

export function checkAccessibility(root: Element): string[] {
  const problems: string[] = [];
  const doc = root.ownerDocument;
  const hidden = (el: Element) => !!el.closest('[hidden], [aria-hidden="true"]');

  for (const el of root.querySelectorAll(INTERACTIVE)) {
    if (hidden(el)) {
      if (el.matches(INTERACTIVE) && el.getAttribute('tabindex') !== '-1') problems.push(`${describe(el)} is focusable inside aria-hidden`);
      continue;
    }
    if (!accessibleName(el)) problems.push(`${describe(el)} has no accessible name`);
    const tabindex = Number(el.getAttribute('tabindex'));
    if (tabindex > 0) problems.push(`${describe(el)} has a positive tabindex`);
    if (el.matches('a:not([href])[tabindex="-1"]')) problems.push(`${describe(el)} is not reachable`);
  }

  for (const img of root.querySelectorAll('img')) if (!img.hasAttribute('alt')) problems.push(`${describe(img)} has no alt`);

  const ids = new Map<string, number>();
  for (const el of doc.querySelectorAll('[id]')) ids.set(el.id, (ids.get(el.id) ?? 0) + 1);
  for (const [id, n] of ids) if (n > 1 && root.querySelector(`[id="${CSS.escape(id)}"]`)) problems.push(`id "${id}" is used ${n} times`);

  for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls']) {
    for (const el of root.querySelectorAll(`[${attr}]`)) {
      for (const id of el.getAttribute(attr)!.split(/\s+/).filter(Boolean)) {
        if (!doc.getElementById(id)) problems.push(`${describe(el)} ${attr} points to missing #${id}`);
      }
    }
  }
  for (const label of root.querySelectorAll('label[for]')) {
    const target = doc.getElementById(label.getAttribute('for')!);
    if (!target || !target.matches(LABELLABLE)) problems.push(`label for="${label.getAttribute('for')}" labels nothing`);
  }

  for (const el of root.querySelectorAll('[aria-expanded]')) {
    if (!el.matches('button, [role="button"], a[href], summary, input')) problems.push(`${describe(el)} has aria-expanded but is not a control`);
    if (!['true', 'false'].includes(el.getAttribute('aria-expanded')!)) problems.push(`${describe(el)} aria-expanded is not true/false`);
  }

  for (const li of root.querySelectorAll('li')) {
    if (!li.parentElement?.matches('ul, ol, menu')) problems.push(`${describe(li)} is not inside a list`);
  }

  let previous = 0;
  for (const h of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const level = Number(h.tagName[1]);
    if (previous && level > previous + 1) problems.push(`heading ${describe(h)} "${textOf(h)}" skips from h${previous} to h${level}`);
    if (!textOf(h)) problems.push(`heading ${describe(h)} is empty`);
    previous = level;
  }

  for (const field of root.querySelectorAll('input[type="radio"], input[type="checkbox"]')) {
    if (!accessibleName(field)) continue; // reported above
  }
  for (const group of root.querySelectorAll('fieldset')) {
    if (!textOf(group.querySelector(':scope > legend'))) problems.push(`${describe(group)} has no legend`);
  }
  for (const el of root.querySelectorAll('[role="status"], [role="alert"]')) {
    if (el.closest('[aria-hidden="true"]')) problems.push(`${describe(el)} live region is aria-hidden`);
  }
  return problems;
}
