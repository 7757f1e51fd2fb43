/** Keyboard navigation and reveal across the page and its frames: which interaction has the focus, and where the next stop is. */
import type { Interaction } from './interaction';
import type { RevealResult } from './report';
import { nextStop, type Stop } from './stops';

export class Navigation {
  /** Whose highlight has the keyboard focus: the page's interaction or a frame's. */
  private owner: Interaction | null = null;

  /** `stops`: every highlight of the page and its frames, in the order a reader meets them. */
  constructor(private readonly stops: () => Stop<Interaction>[]) {}

  /** Gives one highlight the focus (taking it from any other frame's) and brings it into view. */
  focus(stop: Stop<Interaction>): void {
    if (this.owner && this.owner !== stop.owner) this.owner.blur();
    this.owner = stop.owner;
    // The frame comes into view in the page first; then the highlight within the frame.
    stop.frame?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    stop.owner.focus(stop.hit);
  }

  /** Next/previous through the page and its same-origin frames, wrapping at both ends. */
  step(direction: 1 | -1): void {
    const target = nextStop(this.stops(), this.owner?.focused ?? null, direction);
    if (target) this.focus(target);
  }

  /** Focuses the n-th occurrence (wrapping) of a position, the page's and its frames' alike, in reading order. */
  reveal(positionId: string, occurrence: number): RevealResult {
    const stops = this.stops().filter((s) => s.hit.hit.positions.includes(positionId));
    if (!stops.length) return { index: 0, total: 0 };
    const index = ((occurrence % stops.length) + stops.length) % stops.length;
    this.focus(stops[index]!);
    return { index, total: stops.length };
  }

  /** An interaction went away (its frame removed): it no longer has the focus. */
  forget(interaction: Interaction): void {
    if (this.owner === interaction) this.owner = null;
  }

  /** Everything was rebuilt: nobody has the focus. */
  reset(): void {
    this.owner = null;
  }
}
