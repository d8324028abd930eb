export function AppHeader() {
  return (
    <header className="nhsuk-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container app-width">
        <p className="app-header__title">PWP Tracker</p>
      </div>
    </header>
  );
}
