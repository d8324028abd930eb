import { createContext, useContext } from 'react';
import type { ScreenId } from './screens';

/** How to arrive at a screen: `newEntry` opens its new-entry form (a log screen's "N"). */
export interface Arrival {
  newEntry?: boolean;
}

/**
 * Lets a screen send the person to another workspace screen (e.g. from the supervision log to
 * Supervisors and tutors, or from the dashboard to the log where a missing item is done) without
 * knowing how the workspace keeps its state. The workspace provides it; outside a workspace
 * (component tests) it is null and no such link is offered.
 */
export const ScreenLink = createContext<((screen: ScreenId, arrival?: Arrival) => void) | null>(
  null,
);

export function useScreenLink(): ((screen: ScreenId, arrival?: Arrival) => void) | null {
  return useContext(ScreenLink);
}

/** How the current screen was arrived at; read once, when the screen opens. */
export const ScreenArrival = createContext<Arrival>({});

export function useScreenArrival(): Arrival {
  return useContext(ScreenArrival);
}
