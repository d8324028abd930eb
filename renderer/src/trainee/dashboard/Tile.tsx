import type { NextStep as Step } from '../../../../shared/presentation/next-steps';
import type { TileData, TileStatus } from '../../../../shared/presentation/tiles';
import { tileStatusWords } from '../../../../shared/presentation/tiles';
import { NextStep } from './NextStep';

/** Status in words and in an NHS tag colour, so colour is never the only signal. */
const statusTag: Record<TileStatus, string> = {
  met: 'nhsuk-tag--green',
  'not-yet': 'nhsuk-tag--grey',
  attention: 'nhsuk-tag--red',
  'nothing-due': 'nhsuk-tag--grey',
};

/** A thin bar showing how far along the tile's requirement is; the words carry the same facts. */
function ProgressBar({ progress, status }: { progress: number; status: TileStatus }) {
  const width = Math.round(Math.max(0, Math.min(1, progress)) * 100);
  return (
    <svg
      className="app-tile__bar"
      viewBox="0 0 100 6"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="app-tile__bar-track" x="0" y="0" width="100" height="6" />
      <rect
        className={`app-tile__bar-fill app-tile__bar-fill--${status}`}
        x="0"
        y="0"
        width={width}
        height="6"
      />
    </svg>
  );
}

export function Tile({ tile, step = null }: { tile: TileData; step?: Step | null }) {
  return (
    <li className={`app-tile app-tile--${tile.status}`}>
      <h3 className="app-tile__title">{tile.title}</h3>
      <p className="app-tile__value">{tile.value}</p>
      {tile.progress === undefined ? null : (
        <ProgressBar progress={tile.progress} status={tile.status} />
      )}
      <p className="app-tile__detail">{tile.detail}</p>
      <p className="app-tile__status">
        <strong className={`nhsuk-tag ${statusTag[tile.status]}`}>
          {tileStatusWords[tile.status]}
        </strong>
      </p>
      {step ? <NextStep step={step} className="app-tile__step" /> : null}
    </li>
  );
}
