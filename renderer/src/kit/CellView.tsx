import './tables.css';
import type { Cell, StatusCell, Tag, Tone } from '../../../shared/presentation/table';

const toneClass: Record<Tone, string> = {
  good: 'nhsuk-tag--green',
  bad: 'nhsuk-tag--red',
  neutral: 'nhsuk-tag--grey',
};

/** A status in words and in an NHS tag colour, so colour is never the only signal. */
export function TagView({ tag, className = '' }: { tag: Tag; className?: string }) {
  return (
    <strong className={`nhsuk-tag ${toneClass[tag.tone]}${className ? ` ${className}` : ''}`}>
      {tag.words}
    </strong>
  );
}

/**
 * A cell from the shared presentation: text, a tag after it, a small note under it. In a table a
 * tag that follows text is spaced as a table tag; in a summary list the text carries its space.
 */
export function CellView({ cell, inTable = true }: { cell: Cell; inTable?: boolean }) {
  if (typeof cell !== 'object') return <>{cell}</>;
  if (cell.tagFirst) return <TagFirstView cell={cell} />;
  return (
    <>
      {cell.text}
      {cell.tag ? (
        <TagView tag={cell.tag} className={inTable && cell.text ? 'app-table__tag' : ''} />
      ) : null}
      {cell.note ? <span className="app-table__note">{cell.note}</span> : null}
    </>
  );
}

/** A status read tag first ("Open from 7 Sep 2026"), with any note set apart after it. */
export function TagFirstView({ cell }: { cell: StatusCell }) {
  if (!cell.text && !cell.note) return cell.tag ? <TagView tag={cell.tag} /> : null;
  return (
    <>
      {cell.tag ? <TagView tag={cell.tag} /> : null} {cell.text}
      {cell.note ? (
        <>
          {' '}
          <span className="app-secondary">{cell.note}</span>
        </>
      ) : null}
    </>
  );
}
