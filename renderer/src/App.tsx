import { useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/app-info';
import type { PortfolioSummary } from '../../shared/schemas/portfolio';
import { api } from './api';
import { AppHeader } from './components/AppHeader';
import { PortfolioHome } from './screens/PortfolioHome';
import { Welcome } from './screens/Welcome';

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

  const close = useCallback(() => setOpen(null), []);

  return (
    <>
      <a className="nhsuk-skip-link" href="#main-content">
        Skip to main content
      </a>
      <AppHeader />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper app-main" id="main-content" tabIndex={-1}>
          {!loaded ? (
            <p className="nhsuk-body" role="status">
              Loading…
            </p>
          ) : open ? (
            <PortfolioHome portfolio={open} onClose={close} />
          ) : (
            <Welcome info={info} onOpened={setOpen} />
          )}
        </main>
      </div>
    </>
  );
}
