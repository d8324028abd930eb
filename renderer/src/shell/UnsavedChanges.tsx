import type { ReactNode } from 'react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef } from 'react';

/**
 * Guards typed work: a form reports that it has unsaved changes, and anything that would take
 * the person away (the navigation, closing the portfolio, the window) asks first.
 */
interface Guard {
  setDirty: (key: string, dirty: boolean) => void;
  confirmLeave: () => boolean;
}

const GuardContext = createContext<Guard>({ setDirty: () => undefined, confirmLeave: () => true });

export const LEAVE_MESSAGE = 'You have changes that are not saved. Leave this page and lose them?';

export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const dirty = useRef(new Set<string>());
  const setDirty = useCallback((key: string, value: boolean) => {
    if (value) dirty.current.add(key);
    else dirty.current.delete(key);
  }, []);
  const confirmLeave = useCallback(
    () => dirty.current.size === 0 || window.confirm(LEAVE_MESSAGE),
    [],
  );

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty.current.size > 0) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const value = useMemo(() => ({ setDirty, confirmLeave }), [setDirty, confirmLeave]);
  return <GuardContext.Provider value={value}>{children}</GuardContext.Provider>;
}

/** Registers a form's dirty state with the guard for as long as the form is on screen. */
export function useUnsavedChanges(key: string, dirty: boolean): void {
  const { setDirty } = useContext(GuardContext);
  useEffect(() => {
    setDirty(key, dirty);
    return () => setDirty(key, false);
  }, [key, dirty, setDirty]);
}

export function useConfirmLeave(): () => boolean {
  return useContext(GuardContext).confirmLeave;
}
