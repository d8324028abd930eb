import type { ProgressReport } from '../../../../shared/domain/progress-report';
import { glanceTiles } from './glance';
import { Tile } from './Tile';

/** Every milestone as a tile: the headline figure, the requirement, and met or not in words. */
export function AtAGlance({ report }: { report: ProgressReport }) {
  return (
    <section className="app-dashboard__glance" aria-labelledby="dashboard-glance">
      <h2 className="nhsuk-heading-m" id="dashboard-glance">
        At a glance
      </h2>
      <ul className="app-tiles">
        {glanceTiles(report).map((tile) => (
          <Tile key={tile.id} tile={tile} />
        ))}
      </ul>
    </section>
  );
}
