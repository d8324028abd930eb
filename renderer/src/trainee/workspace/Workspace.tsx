import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { PortfolioSummary } from '../../../../shared/schemas/portfolio';
import { MainContent } from '../../kit/MainContent';
import { Dashboard } from '../dashboard/Dashboard';
import { HelpScreen } from '../HelpScreen';
import { HistoryScreen } from '../history/HistoryScreen';
import { ContactsLog } from '../logs/ContactsLog';
import { EvidenceLog } from '../logs/EvidenceLog';
import { ProgrammeDaysLog } from '../logs/ProgrammeDaysLog';
import { ReflectionsLog } from '../logs/ReflectionsLog';
import type { Arrival } from './screen-link';
import { ScreenArrival, ScreenLink } from './screen-link';
import { SupervisionLog } from '../logs/SupervisionLog';
import { PeopleScreen } from '../people/PeopleScreen';
import { ExportButton } from './ExportButton';
import { usePortfolio } from '../../shell/PortfolioContext';
import type { ScreenId } from './screens';
import { screens } from './screens';
import { useConfirmLeave } from '../../shell/UnsavedChanges';

function DashboardScreen() {
  const { report, readOnly } = usePortfolio();
  return <Dashboard report={report} canLog={!readOnly} />;
}

const content: Partial<Record<ScreenId, () => ReactNode>> = {
  dashboard: DashboardScreen,
  days: ProgrammeDaysLog,
  contacts: ContactsLog,
  supervision: SupervisionLog,
  evidence: EvidenceLog,
  reflections: ReflectionsLog,
  people: PeopleScreen,
  history: HistoryScreen,
  help: HelpScreen,
};

/** The open portfolio: navigation between its screens, and the screen itself. */
export function Workspace({
  summary,
  onClose,
}: {
  summary: PortfolioSummary;
  onClose: () => void;
}) {
  const [screen, setScreen] = useState<ScreenId>('dashboard');
  const [arrival, setArrival] = useState<Arrival>({});
  const confirmLeave = useConfirmLeave();
  const main = useRef<HTMLElement>(null);
  const [exported, setExported] = useState<{ text: string; ok: boolean } | null>(null);
  const available = screens.filter((s) => content[s.id]);
  const Screen = content[screen] ?? DashboardScreen;

  useEffect(() => {
    // After moving to another screen, start reading at its heading, unless the screen has
    // already put focus inside itself (a new-entry form opened on arrival starts at its field).
    if (main.current?.contains(document.activeElement)) return;
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [screen]);

  const go = (next: ScreenId, how: Arrival = {}) => {
    if (next !== screen && confirmLeave()) {
      setExported(null);
      setArrival(how);
      setScreen(next);
    }
  };

  return (
    <>
      <nav className="app-nav" aria-label="Portfolio">
        <p className="app-nav__who">
          {summary.traineeName}
          {summary.readOnly ? (
            <strong className="nhsuk-tag nhsuk-tag--blue app-nav__tag">
              {summary.readOnlyBecause === 'role'
                ? 'Read only — not your portfolio'
                : 'Example — read only'}
            </strong>
          ) : null}
        </p>
        <ul className="app-nav__list">
          {available.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="app-nav__link"
                aria-current={s.id === screen ? 'page' : undefined}
                onClick={() => go(s.id)}
              >
                {s.label}
              </button>
            </li>
          ))}
        </ul>
        {/* Actions, not places: buttons, so they are not mistaken for the screens above. */}
        <div className="app-nav__actions">
          <ExportButton onExported={setExported} />
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            onClick={() => confirmLeave() && onClose()}
          >
            Close portfolio
          </button>
        </div>
        {/* Shown and announced, so everyone learns what the export did (and what it left out). */}
        {exported ? (
          <div
            role="status"
            className={`nhsuk-inset-text app-export-message${exported.ok ? '' : ' app-export-message--error'}`}
          >
            <p className="nhsuk-body">{exported.text}</p>
          </div>
        ) : null}
      </nav>
      <MainContent mainRef={main}>
        <ScreenLink value={go}>
          <ScreenArrival value={arrival}>
            <Screen />
          </ScreenArrival>
        </ScreenLink>
      </MainContent>
    </>
  );
}
