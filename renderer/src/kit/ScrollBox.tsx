import './tables.css';
import type { ReactNode } from 'react';
import { useRef } from 'react';
import { useScrollable } from './use-scrollable';

/**
 * Holds a wide table. When the window is too narrow for it (200 % zoom) the table scrolls
 * sideways here, and only then is this box a focusable region named by the table's caption, so
 * keyboard users can scroll it without wide screens gaining tab stops that do nothing.
 */
export function ScrollBox({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const scrollable = useScrollable(box);
  return (
    <div
      className="app-table-scroll"
      ref={box}
      {...(scrollable ? { role: 'region', 'aria-labelledby': labelledBy, tabIndex: 0 } : {})}
    >
      {children}
    </div>
  );
}
