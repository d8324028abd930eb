import type { LegendMark } from '../../../../../shared/presentation/progress-charts';

export type { LegendMark };

function Swatch({ mark }: { mark: LegendMark }) {
  return (
    <svg className="app-legend__swatch" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
      {mark === 'plan' ? <line className="app-chart__plan" x1="1" y1="8" x2="27" y2="8" /> : null}
      {mark === 'projection' ? (
        <line className="app-chart__projection" x1="1" y1="8" x2="27" y2="8" />
      ) : null}
      {mark === 'expected' ? (
        <line className="app-chart__expected" x1="1" y1="8" x2="27" y2="8" />
      ) : null}
      {mark === 'running' ? <path className="app-chart__running" d="M1,14H10V8H18V2H27" /> : null}
      {mark === 'actual' ? <circle className="app-chart__actual" cx="14" cy="8" r="6" /> : null}
      {mark === 'missed' || mark === 'absent' ? (
        <rect
          className={`app-chart__mark app-chart__mark--${mark}`}
          x="12.5"
          y="2"
          width="3"
          height="12"
        />
      ) : null}
      {mark === 'bar' ? (
        <rect className="app-chart__bar" x="8" y="2" width="12" height="14" />
      ) : null}
      {mark === 'current-week' ? (
        <rect className="app-chart__current-week" x="4" y="0" width="20" height="16" />
      ) : null}
    </svg>
  );
}

/** A legend in HTML, so it reflows at 200 % zoom and is read as text. */
export function Legend({ items }: { items: readonly { mark: LegendMark; text: string }[] }) {
  return (
    <ul className="app-legend">
      {items.map((item) => (
        <li className="app-legend__item" key={item.mark}>
          <Swatch mark={item.mark} />
          {item.text}
        </li>
      ))}
    </ul>
  );
}
