/**
 * The card's colours and stylesheet. Colours live in palettes so the tests can check their
 * contrast (WCAG AA) in both schemes; the stylesheet only refers to them as custom properties.
 */
export interface Palette {
  bg: string;
  text: string;
  /** Chapter label and source line. */
  muted: string;
  /** Card edge and swatch outline. */
  border: string;
  /** Primary button background; also text colour of the secondary button. */
  accent: string;
  accentHover: string;
  onAccent: string;
  focus: string;
  ok: string;
  error: string;
}

export const LIGHT: Palette = {
  bg: '#ffffff',
  text: '#1b1f24',
  muted: '#4d5560',
  border: '#7d8691',
  accent: '#0b5cad',
  accentHover: '#084887',
  onAccent: '#ffffff',
  focus: '#0b5cad',
  ok: '#1a6b34',
  error: '#b3261e',
};

export const DARK: Palette = {
  bg: '#1f2328',
  text: '#eef1f4',
  muted: '#b7bfc9',
  border: '#7d8793',
  accent: '#8cc8ff',
  accentHover: '#b5dcff',
  onAccent: '#0b1a2b',
  focus: '#8cc8ff',
  ok: '#7fdc9a',
  error: '#ffa198',
};

function vars(p: Palette): string {
  return (
    `--bg:${p.bg};--text:${p.text};--muted:${p.muted};--border:${p.border};--accent:${p.accent};` +
    `--accent-hover:${p.accentHover};--on-accent:${p.onAccent};--focus:${p.focus};--ok:${p.ok};--error:${p.error};`
  );
}

/** The card's preferred width, px; it narrows to the room it gets (lib/card/place). */
export const CARD_WIDTH = 380;

/**
 * `:host` rules are `!important` because, for the host element itself, the page's rules would
 * otherwise win; inside the shadow root nothing of the page applies. Sizes are in em of the user's
 * default font size (`all: initial` resets to it), so the user's font preference is respected.
 * The card is a flex column capped to the room it was given: each position's text part scrolls,
 * its buttons never leave the card.
 */
export const CARD_CSS = `
:host{all:initial!important;display:block!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;overflow:visible!important;z-index:2147483647!important}
.card{${vars(LIGHT)}position:fixed;box-sizing:border-box;width:${CARD_WIDTH}px;margin:0;padding:.75em .875em;display:flex;flex-direction:column;overflow:hidden;background:var(--bg);color:var(--text);border:1px solid var(--border);border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.28);font:400 .875em/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;text-align:start;color-scheme:light}
@media (prefers-color-scheme:dark){.card{${vars(DARK)}color-scheme:dark;box-shadow:0 6px 24px rgba(0,0,0,.6)}}
[hidden]{display:none!important}
.card:focus{outline:none}
.list{display:flex;flex-direction:column;min-height:0;flex:0 1 auto;overflow-y:auto;overscroll-behavior:contain}
.pos{margin:0;padding:0;display:flex;flex-direction:column;flex:0 1 auto;min-height:0}
.text{flex:0 1 auto;min-height:2.9em;overflow-y:auto;overscroll-behavior:contain}
.pos+.pos{margin-top:.75em;padding-top:.75em;border-top:1px solid var(--border)}
.chapter,.source,.note,.body,.status,.title,.group{margin:0}
.chapter{display:flex;align-items:center;gap:.4em;color:var(--muted);font-size:.857em;margin-inline-end:1.75em}
.swatch{flex:none;width:.85em;height:.85em;border-radius:2px;border:1px solid var(--border)}
.title{font:inherit;font-weight:700;font-size:1.07em;line-height:1.35;margin-top:.25em}
.group{margin-top:.15em;color:var(--muted);font-size:.857em;font-style:italic}
.body{margin-top:.35em;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:4;line-clamp:4;overflow:hidden}
.note{margin-top:.35em;padding-inline-start:.6em;border-inline-start:3px solid var(--border)}
.source{margin-top:.35em;color:var(--muted);font-size:.857em}
.source a{color:inherit;text-decoration:underline}
.source a:focus-visible{outline:3px solid var(--focus);outline-offset:1px}
.actions{flex:none;display:flex;flex-wrap:wrap;gap:.5em;margin-top:.6em}
.editor{flex:none;margin:.6em 0 0;display:flex;flex-direction:column;gap:.3em}
.editor label{font-weight:600;font-size:.857em}
.editor .actions{margin-top:0}
textarea{font:inherit;color:var(--text);background:var(--bg);border:1px solid var(--border);border-radius:4px;padding:.3em .4em;resize:vertical;min-height:3.2em}
textarea:focus-visible{outline:3px solid var(--focus);outline-offset:1px}
button{font:inherit;font-weight:600;cursor:pointer;border-radius:6px;padding:.35em .8em;border:1px solid var(--accent);background:var(--bg);color:var(--accent);margin:0}
button.copy{background:var(--accent);color:var(--on-accent)}
button.copy:hover{background:var(--accent-hover);border-color:var(--accent-hover)}
button.more:hover{text-decoration:underline}
button:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
button[aria-disabled=true]{cursor:progress}
.close{position:absolute;top:.35em;right:.35em;width:1.9em;height:1.9em;padding:0;border-color:transparent;color:var(--muted);font-size:1em;line-height:1}
.status{flex:none;margin-top:.3em;font-weight:600;color:var(--ok)}
.status:empty{display:none}
.status.error{color:var(--error)}
@media (prefers-reduced-motion:no-preference){.card{animation:sp-in .12s ease-out}@keyframes sp-in{from{opacity:0;transform:translateY(-3px)}}}
@media (forced-colors:active){.card{border:2px solid CanvasText}.swatch{forced-color-adjust:none}}
`;
