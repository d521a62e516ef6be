import type { ReactNode } from 'react';
import { useExplorer } from '../state/useExplorer';
import type { PanelData } from './export';
import { ExportBar } from './ExportBar';
import { PlotFitProvider, useBoxFit } from './projector';
import { useWidth } from './useWidth';

/**
 * A figure drawn at the width its box has, what goes below it, and the export row: the export takes the
 * first SVG inside the box with exactly the data the figure plots. In projector mode the box fills the screen's
 * height too, and the plot inside reads that height and the type size (usePlotFit).
 */
export function Figure({ data, children, below }: { data: PanelData | null; children: (width: number) => ReactNode; below?: ReactNode }) {
  const [box, width] = useWidth<HTMLDivElement>(820);
  const projected = useExplorer((s) => s.present && s.embed === 'none');
  const fit = useBoxFit(box, projected);
  return (
    <>
      <div ref={box} className="plot-box">
        <PlotFitProvider value={fit}>{(!projected || fit) && children(width)}</PlotFitProvider>
      </div>
      {below}
      <ExportBar svg={box} data={data} />
    </>
  );
}
