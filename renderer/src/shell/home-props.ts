import type { RecoveryReport } from '../../../shared/history';
import type { PortfolioSummary } from '../../../shared/schemas/portfolio';

/** What the shell gives every role's home: where to go once a portfolio is open or recovered. */
export interface HomeProps {
  onOpened: (summary: PortfolioSummary) => void;
  onRecovered: (report: RecoveryReport) => void;
}
