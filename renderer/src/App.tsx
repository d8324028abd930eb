import { useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/app-info';
import type { PortfolioSummary } from '../../shared/schemas/portfolio';
import { api } from './api';
import { AppHeader } from './components/AppHeader';
import { MainContent } from './components/MainContent';
import { Welcome } from './screens/Welcome';
import { PortfolioProvider } from './workspace/PortfolioContext';
import { UnsavedChangesProvider } from './workspace/unsaved-changes';
import { Workspace } from './workspace/Workspace';

const loading = (
  <p className="nhsuk-body" role="status">
    Loading…
  </p>
);

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [open, setOpen] = useState<PortfolioSummary | null>(null);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    void Promise.all([api.appInfo(), api.portfolioCurrent()]).then(([infoResult, current]) => {
      if (infoResult.ok) setInfo(infoResult.data);
      if (current.ok) setOpen(current.data);
      setLoaded(true);
    });
  }, []);

  const close = useCallback(() => {
    void api.portfolioClose().then(() => setOpen(null));
  }, []);

  return (
    <UnsavedChangesProvider>
      <a className="nhsuk-skip-link" href="#main-content">
        Skip to main content
      </a>
      <AppHeader />
      <div className="nhsuk-width-container app-width">
        {loaded && open ? (
          // The workspace puts its navigation before its own <main>, so the skip link passes it.
          <PortfolioProvider
            key={open.id}
            readOnly={open.readOnly}
            fallback={<MainContent>{loading}</MainContent>}
          >
            <Workspace summary={open} onClose={close} />
          </PortfolioProvider>
        ) : (
          <MainContent>{loaded ? <Welcome info={info} onOpened={setOpen} /> : loading}</MainContent>
        )}
      </div>
    </UnsavedChangesProvider>
  );
}
