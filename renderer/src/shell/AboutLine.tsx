import type { AppInfo } from '../../../shared/app-info';

/** The version and the data folder in use, at the foot of every home. */
export function AboutLine({ info }: { info: AppInfo | null }) {
  if (!info) return null;
  return (
    <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">
      {info.name} {info.version} · your portfolios are kept in {info.dataDir}
    </p>
  );
}
