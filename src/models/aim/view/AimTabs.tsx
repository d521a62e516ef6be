import { setState, useExplorer } from '../../../state/useExplorer';
import { Tabs } from '../../../ui/Tabs';
import type { AimPanel } from '../fields';

const AIM_PANELS: Array<[AimPanel, string]> = [
  ['spectrum', 'Spectrum'],
  ['phase', 'Phase diagram'],
  ['test', 'Test error'],
  ['sim', 'Simulation'],
];

/** Accessible name of the second panel, whichever tab is shown. */
export const SIDE_LABEL = 'Second panel';

/** The tabs, in the head of whichever second panel is shown. */
export function AimTabs() {
  const panel = useExplorer((s) => s.aimPanel);
  return <Tabs tabs={AIM_PANELS} value={panel} onChange={(id) => setState({ aimPanel: id })} testPrefix="aim-tab-" />;
}
