import type { ReactNode, Ref } from 'react';

/**
 * The page's main content, which the skip link jumps to. It comes after any navigation, so
 * "Skip to main content" lands on the screen itself, not before the list of screens.
 */
export function MainContent({
  children,
  mainRef,
}: {
  children: ReactNode;
  mainRef?: Ref<HTMLElement>;
}) {
  return (
    <main className="nhsuk-main-wrapper app-main" id="main-content" tabIndex={-1} ref={mainRef}>
      {children}
    </main>
  );
}
