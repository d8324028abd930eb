import type { RefObject } from 'react';
import { useEffect, useState } from 'react';

/**
 * Whether an element is wider inside than out (a table in a narrow or zoomed window). Only then
 * does its wrapper become a focusable, named region: keyboard users can scroll it, and wide
 * screens are not cluttered with tab stops and landmarks that do nothing.
 */
export function useScrollable(ref: RefObject<HTMLElement | null>): boolean {
  const [scrollable, setScrollable] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () => setScrollable(element.scrollWidth > element.clientWidth + 1);
    check();
    // jsdom (component tests) has no ResizeObserver; the static check above is enough there.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return scrollable;
}
