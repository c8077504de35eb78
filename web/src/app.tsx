import { lazy, Suspense } from 'react';
import { DemoPage } from './features/demo-page/demo-page';

// Pages an attendee rarely opens load their code when opened, not with every demo page.
const FacilitatorPage = lazy(() => import('./features/facilitator/facilitator-page').then((m) => ({ default: m.FacilitatorPage })));
const SideBySidePage = lazy(() => import('./features/side-by-side/side-by-side-page').then((m) => ({ default: m.SideBySidePage })));

/** Which page a path shows; the server answers each of these paths with the same index.html. */
export function pageOf(pathname: string): 'demo' | 'facilitator' | 'side-by-side' {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/side-by-side') return 'side-by-side';
  if (path === '/facilitator') return 'facilitator';
  return 'demo';
}

/** One app for every page. */
export function App() {
  const page = pageOf(location.pathname);
  if (page === 'demo') return <DemoPage embedded={new URLSearchParams(location.search).has('embed')} />;
  return <Suspense fallback={<p className="muted center">Loading…</p>}>{page === 'facilitator' ? <FacilitatorPage /> : <SideBySidePage />}</Suspense>;
}
