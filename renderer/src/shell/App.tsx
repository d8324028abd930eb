import type { ComponentType } from 'react';
import { useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/app-info';
import type { RecoveryReport } from '../../../shared/history';
import type { PortfolioSummary } from '../../../shared/schemas/portfolio';
import type { Role } from '../../../shared/settings';
import { api } from '../api';
import { EducatorHome } from '../educator/EducatorHome';
import { MainContent } from '../kit/MainContent';
import { SupervisorHome } from '../supervisor/SupervisorHome';
import { TraineeHome } from '../trainee/TraineeHome';
import { AboutLine } from './AboutLine';
import { AppHeader } from './AppHeader';
import type { HomeProps } from './home-props';
import { OpenPortfolio } from './OpenPortfolio';
import { RecoveryNotice } from './RecoveryNotice';
import { RoleChoice } from './RoleChoice';
import { UnsavedChangesProvider } from './UnsavedChanges';

const loading = (
  <p className="nhsuk-body" role="status">
    Loading…
  </p>
);

/** Each role's home, and what is announced when the role choice brings it up. */
const homes: Record<Role, { Home: ComponentType<HomeProps>; announce: string }> = {
  trainee: { Home: TraineeHome, announce: 'Showing your portfolios, as a trainee.' },
  supervisor: { Home: SupervisorHome, announce: 'Showing the workplace supervisor home.' },
  educator: { Home: EducatorHome, announce: 'Showing the clinical educator home.' },
};

/**
 * The app shell: reads the role setting on start and opens that role's home; the role choice
 * above every home changes it; an open portfolio replaces the home until it is closed.
 */
export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [open, setOpen] = useState<PortfolioSummary | null>(null);
  const [recovered, setRecovered] = useState<RecoveryReport | null>(null);
  const [role, setRole] = useState<Role | null>(null);
  const [roleError, setRoleError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    void Promise.all([api.appInfo(), api.portfolioCurrent(), api.settingsGet()]).then(
      ([infoResult, current, settings]) => {
        if (infoResult.ok) setInfo(infoResult.data);
        if (current.ok) setOpen(current.data);
        // Without the setting the app is as safe as it gets for a trainee: their own portfolios.
        setRole(settings.ok ? settings.data.role : 'trainee');
        setLoaded(true);
      },
    );
  }, []);

  // A menu command or a double-clicked file opened, imported or closed a portfolio in the main
  // process: show what is open now, without reloading the page.
  useEffect(
    () =>
      api.onEvent((event) => {
        // The one kind of event there is today: what is open changed.
        setRecovered(null);
        setOpen(event.summary);
      }),
    [],
  );

  const opened = useCallback((summary: PortfolioSummary) => {
    setRecovered(null);
    setOpen(summary);
  }, []);

  const close = useCallback(() => {
    void api.portfolioClose().then(() => setOpen(null));
  }, []);

  async function chooseRole(next: Role) {
    setRoleError(null);
    const result = await api.settingsSetRole({ role: next });
    if (result.ok) {
      setRole(result.data.role);
      setAnnouncement(homes[result.data.role].announce);
    } else setRoleError(result.error.message);
  }

  function home() {
    if (!loaded || !role) return loading;
    if (recovered)
      return <RecoveryNotice report={recovered} onContinue={() => opened(recovered.summary)} />;
    const { Home } = homes[role];
    return (
      <>
        <Home key={role} onOpened={opened} onRecovered={setRecovered} />
        <AboutLine info={info} />
      </>
    );
  }

  return (
    <UnsavedChangesProvider>
      <a className="nhsuk-skip-link" href="#main-content">
        Skip to main content
      </a>
      <AppHeader />
      <div className="nhsuk-width-container app-width">
        {loaded && open ? (
          <OpenPortfolio summary={open} loading={loading} onClose={close} />
        ) : (
          <>
            {loaded && !recovered ? (
              <RoleChoice
                role={role}
                error={roleError}
                announcement={announcement}
                onChange={(next) => void chooseRole(next)}
              />
            ) : null}
            <MainContent>{home()}</MainContent>
          </>
        )}
      </div>
    </UnsavedChangesProvider>
  );
}
