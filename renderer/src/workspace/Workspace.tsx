import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { PortfolioSummary } from '../../../shared/schemas/portfolio';
import { Dashboard } from '../screens/dashboard/Dashboard';
import { HelpScreen } from '../screens/HelpScreen';
import { HistoryScreen } from '../screens/history/HistoryScreen';
import { ContactsLog } from '../screens/logs/contacts-log';
import { EvidenceLog } from '../screens/logs/evidence-log';
import { ProgrammeDaysLog } from '../screens/logs/programme-days-log';
import { ReflectionsLog } from '../screens/logs/reflections-log';
import { ScreenLink } from '../screens/logs/screen-link';
import { SupervisionLog } from '../screens/logs/supervision-log';
import { PeopleScreen } from '../screens/people/PeopleScreen';
import { ExportButton } from './ExportButton';
import { usePortfolio } from './PortfolioContext';
import type { ScreenId } from './screens';
import { screens } from './screens';
import { useConfirmLeave } from './unsaved-changes';

function DashboardScreen() {
  const { report } = usePortfolio();
  return <Dashboard report={report} />;
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
  const confirmLeave = useConfirmLeave();
  const main = useRef<HTMLDivElement>(null);
  const available = screens.filter((s) => content[s.id]);
  const Screen = content[screen] ?? DashboardScreen;

  useEffect(() => {
    // After moving to another screen, start reading at its heading.
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [screen]);

  const go = (next: ScreenId) => {
    if (next !== screen && confirmLeave()) setScreen(next);
  };

  return (
    <>
      <nav className="app-nav" aria-label="Portfolio">
        <p className="app-nav__who">
          {summary.traineeName}
          {summary.readOnly ? (
            <strong className="nhsuk-tag nhsuk-tag--blue app-nav__tag">Example — read only</strong>
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
          <li>
            <ExportButton />
          </li>
          <li>
            <button
              type="button"
              className="app-nav__link"
              onClick={() => confirmLeave() && onClose()}
            >
              Close portfolio
            </button>
          </li>
        </ul>
      </nav>
      <div ref={main}>
        <ScreenLink value={go}>
          <Screen />
        </ScreenLink>
      </div>
    </>
  );
}
