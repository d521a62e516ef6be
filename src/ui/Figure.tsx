import type { ReactNode } from 'react';
import type { PanelData } from './export';
import { ExportBar } from './ExportBar';
import { useWidth } from './useWidth';

/**
 * A figure drawn at the width its box has, what goes below it, and the export row: the export takes the
 * first SVG inside the box with exactly the data the figure plots.
 */
export function Figure({ data, children, below }: { data: PanelData | null; children: (width: number) => ReactNode; below?: ReactNode }) {
  const [box, width] = useWidth<HTMLDivElement>(820);
  return (
    <>
      <div ref={box} className="plot-box">
        {children(width)}
      </div>
      {below}
      <ExportBar svg={box} data={data} />
    </>
  );
}
