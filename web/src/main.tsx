import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startFirstReads } from './api/first-reads';
import { App, pageOf } from './app';
import './styles/theme.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/chat.css';
import './styles/panels.css';
import './styles/pages.css';

// A demo page's first reads go out now, while React renders the page's frame.
if (pageOf(location.pathname) === 'demo') startFirstReads();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
