import type { ReactNode } from 'react';
import type { PortfolioSummary } from '../../../shared/schemas/portfolio';
import { MainContent } from '../kit/MainContent';
import { Workspace } from '../trainee/workspace/Workspace';
import { PortfolioProvider } from './PortfolioContext';

/**
 * The open portfolio, whoever opened it: the trainee's workspace, read-only when the summary says
 * so (the example, or a trainee's portfolio opened by a supervisor or educator — the main process
 * refuses every change then, whatever the page asks). The workspace tags it as read-only.
 */
export function OpenPortfolio({
  summary,
  loading,
  onClose,
}: {
  summary: PortfolioSummary;
  loading: ReactNode;
  onClose: () => void;
}) {
  return (
    // The workspace puts its navigation before its own <main>, so the skip link passes it.
    <PortfolioProvider
      key={summary.id}
      readOnly={summary.readOnly}
      fallback={<MainContent>{loading}</MainContent>}
    >
      <Workspace summary={summary} onClose={onClose} />
    </PortfolioProvider>
  );
}
