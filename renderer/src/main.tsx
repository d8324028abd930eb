import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/App';
import 'nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
