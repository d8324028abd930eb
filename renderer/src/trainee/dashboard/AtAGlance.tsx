import type { ProgressReport } from '../../../../shared/domain/progress-report';
import { tileStep } from '../../../../shared/presentation/next-steps';
import { glanceTiles } from '../../../../shared/presentation/tiles';
import { Tile } from './Tile';

/**
 * Every milestone as a tile: the headline figure, the requirement, met or not in words, and for a
 * tile that is behind, the next step.
 */
export function AtAGlance({ report, canLog }: { report: ProgressReport; canLog: boolean }) {
  return (
    <section className="app-dashboard__glance" aria-labelledby="dashboard-glance">
      <h2 className="nhsuk-heading-m" id="dashboard-glance">
        At a glance
      </h2>
      <ul className="app-tiles">
        {glanceTiles(report).map((tile) => (
          <Tile key={tile.id} tile={tile} step={tileStep(tile, report, { canLog })} />
        ))}
      </ul>
    </section>
  );
}
