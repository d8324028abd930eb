import { createContext, useContext } from 'react';
import type { ScreenId } from '../../workspace/screens';

/**
 * Lets a screen send the person to another workspace screen (e.g. from the supervision log to
 * Supervisors and tutors) without knowing how the workspace keeps its state. The workspace
 * provides it; outside a workspace (component tests) it is null and no such link is offered.
 */
export const ScreenLink = createContext<((screen: ScreenId) => void) | null>(null);

export function useScreenLink(): ((screen: ScreenId) => void) | null {
  return useContext(ScreenLink);
}
