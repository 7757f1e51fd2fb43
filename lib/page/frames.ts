/** Same-origin frames of a page (and frames in them): each gets its own surface and interaction, found and dropped as frames come and go. */
import { frameDocument } from '../dom';
import type { Interaction } from './interaction';
import { yieldForFrame } from './slicer';
import type { FrameHits } from './stops';
import type { Surface } from './surface';

const MAX_FRAME_DEPTH = 3;
/** Frames load one by one (a page may have hundreds): one pass over them after the loads settle. */
const FRAME_PASS_DELAY_MS = 250;
/** One pass may visit hundreds of frames: give the page its event loop back this often (ms). */
const FRAME_WORK_SLICE_MS = 8;

export interface FrameHost {
  /** The page itself. */
  doc: Document;
  /** Whether highlighting is on (frames found while off are observed, not scanned). */
  enabled(): boolean;
  newSurface(frameDoc: Document): Surface;
  /** The interaction of a frame's surface (pointing and Enter work in frames too). */
  newInteraction(surface: Surface): Interaction;
  /** A frame's interaction is going away. */
  dropped(interaction: Interaction | undefined): void;
}

export class Frames {
  private readonly surfaces = new Map<Element, Surface>();
  private readonly interactions = new Map<Surface, Interaction>();
  /** Start of the current run of frame work without a yield. */
  private workSince = 0;
  private pass: number | null = null;
  private readonly view: Window;

  constructor(private readonly host: FrameHost) {
    this.view = host.doc.defaultView!;
  }

  /** Every frame surface. */
  all(): Surface[] {
    return [...this.surfaces.values()];
  }

  /** The interaction of the frame showing this document, if any. */
  interactionOf(frameDoc: Document): Interaction | undefined {
    for (const [surface, interaction] of this.interactions) if (surface.doc === frameDoc) return interaction;
    return undefined;
  }

  /** Each frame's painted hits in order, with its interaction and its outermost element in the page. */
  hits(): FrameHits<Interaction>[] {
    const out: FrameHits<Interaction>[] = [];
    for (const [surface, owner] of this.interactions) {
      const element = this.pageElement(surface);
      const hits = surface.scanner.hitsInOrder();
      if (element && hits.length) out.push({ owner, element, hits });
    }
    return out;
  }

  /** Finds same-origin frames (and frames in them) and scans the ones not seen yet; drops removed ones. */
  async scan(root: Document = this.host.doc, depth = 0): Promise<void> {
    if (depth >= MAX_FRAME_DEPTH) return;
    if (depth === 0) this.workSince = this.view.performance.now();
    for (const frame of root.querySelectorAll('iframe, frame')) {
      // Awaiting an async call that has nothing to wait for is only a microtask: yield for real.
      if (this.view.performance.now() - this.workSince > FRAME_WORK_SLICE_MS) {
        await yieldForFrame();
        this.workSince = this.view.performance.now();
      }
      const frameDoc = frameDocument(frame);
      if (!frameDoc || !frameDoc.body) continue;
      let surface = this.surfaces.get(frame);
      if (surface && surface.doc !== frameDoc) {
        this.drop(surface); // the frame navigated: a new document
        surface = undefined;
      }
      if (!surface) {
        surface = this.host.newSurface(frameDoc);
        this.surfaces.set(frame, surface);
        this.interactions.set(surface, this.host.newInteraction(surface));
        surface.observe();
        if (this.host.enabled()) await surface.scanAll();
        await yieldForFrame(); // one frame's scan never runs on into the next in the same task
        this.workSince = this.view.performance.now();
      }
      await this.scan(frameDoc, depth + 1);
    }
    for (const [frame, surface] of this.surfaces) {
      if (!frame.isConnected) {
        this.drop(surface);
        this.surfaces.delete(frame);
      }
    }
  }

  /** Starts listening for frames that load (load events do not bubble: captured on the page). */
  listen(): void {
    this.host.doc.addEventListener('load', this.onLoad, true);
  }

  /** Drops every frame surface. */
  clear(): void {
    for (const surface of this.surfaces.values()) this.drop(surface);
    this.surfaces.clear();
  }

  destroy(): void {
    this.host.doc.removeEventListener('load', this.onLoad, true);
    if (this.pass !== null) this.view.clearTimeout(this.pass);
    this.pass = null;
    this.clear();
  }

  private readonly onLoad = (event: Event): void => {
    const target = event.target as Element | null;
    if (
      !this.host.enabled() ||
      !target ||
      (target.localName !== 'iframe' && target.localName !== 'frame') ||
      this.pass !== null
    )
      return;
    this.pass = this.view.setTimeout(() => {
      this.pass = null;
      void this.scan();
    }, FRAME_PASS_DELAY_MS);
  };

  private drop(surface: Surface): void {
    const interaction = this.interactions.get(surface);
    this.host.dropped(interaction);
    interaction?.destroy();
    this.interactions.delete(surface);
    surface.destroy();
  }

  /** The frame's element in the page itself (for a frame inside a frame, the outermost one). */
  private pageElement(surface: Surface): Element | null {
    let element = [...this.surfaces].find(([, s]) => s === surface)?.[0] ?? null;
    while (element && element.ownerDocument !== this.host.doc)
      element = element.ownerDocument.defaultView?.frameElement ?? null;
    return element;
  }
}
