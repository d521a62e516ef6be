/**
 * A figure of a paper (or a simulation experiment) as a link (hash) the explorer opens exactly. `check`
 * names a number the view shows and where it comes from, so the presets are tested against the published data.
 */
export interface Preset {
  id: string;
  /** The list it is shown in within its model's view (e.g. theory figures or simulation experiments). */
  group?: string;
  title: string;
  /** One sentence: what to look at once the preset is open (shown under the top bar while its view is unchanged). */
  caption: string;
  hash: string;
  check?: { alpha: number; beta: number; rho: number; delta: number; published: number; source: string };
}
