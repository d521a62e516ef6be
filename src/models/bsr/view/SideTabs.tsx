import { setState, useExplorer } from '../../../state/useExplorer';
import { Tabs } from '../../../ui/Tabs';
import type { Panel } from '../fields';

const PANELS: Array<[Panel, string]> = [
  ['phase', 'Phase diagram'],
  ['spectrum', 'Spectrum'],
  ['landscape', 'Landscape'],
  ['strong', 'Strong recovery'],
  ['sim', 'Simulation'],
];

/** Accessible name and status test id every second panel shares: the page has one second panel at a time. */
export const SIDE = { label: 'Second panel', statusTestId: 'side-status' } as const;

/** The head of the second panel: which panel it shows (kept in the link). */
export function SideTabs() {
  const panel = useExplorer((s) => s.panel);
  return <Tabs tabs={PANELS} value={panel} onChange={(id) => setState({ panel: id })} testPrefix="tab-" />;
}
