// @ts-check
// A CPU profile of a page's renderer (DevTools protocol) and the walks over its call tree that
// main-thread.mjs and perf.mjs share: one place for starting the profiler and finding our frames.

/** @typedef {{ functionName: string, url: string, lineNumber: number, columnNumber: number }} CallFrame */
/** @typedef {{ id: number, callFrame: CallFrame, children?: number[] }} ProfileNode */
/** The shape of the protocol's `Profiler.Profile` that we read (playwright-core does not export its types). */
/** @typedef {{ nodes: ProfileNode[], startTime: number, samples?: number[], timeDeltas?: number[] }} Profile */

/**
 * Starts the sampling profiler on `cdp`; the returned function stops it and resolves to the profile.
 * @param {import('playwright-core').CDPSession} cdp
 * @param {number} intervalUs sampling interval
 * @returns {Promise<() => Promise<Profile>>}
 */
export async function startCpuProfile(cdp, intervalUs) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  return async () => (await cdp.send('Profiler.stop')).profile;
}

/**
 * The profile's call tree, with the frames of scripts whose URL contains `urlPart` ("ours").
 * @param {Profile} profile
 * @param {string} urlPart
 */
export function callTree(profile, urlPart) {
  /** @type {Map<number, ProfileNode>} */
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  /** @param {number} id */
  const frame = (id) => {
    const node = byId.get(id);
    if (!node) throw new Error(`CPU profile: no node ${id}`);
    return node.callFrame;
  };
  /** @param {number} id */
  const isOursFrame = (id) => frame(id).url.includes(urlPart);
  return {
    frame,
    isOursFrame,
    /** @param {number} id */
    parentOf: (id) => parent.get(id),
    /**
     * The innermost node of ours on the stack from `id` up, if any.
     * @param {number} id
     * @returns {number | undefined}
     */
    innermostOurs(id) {
      /** @type {number | undefined} */
      let at = id;
      while (at !== undefined && !isOursFrame(at)) at = parent.get(at);
      return at;
    },
  };
}

/**
 * The profile's samples with their times (µs, the trace clock).
 * @param {Profile} profile
 * @returns {{ t: number, id: number }[]}
 */
export function timedSamples(profile) {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const out = [];
  let t = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    out.push({ t, id: /** @type {number} */ (samples[i]) });
  }
  return out;
}
