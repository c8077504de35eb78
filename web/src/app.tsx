import { DemoPage } from './features/demo-page/demo-page';
import { FacilitatorPage } from './features/facilitator/facilitator-page';
import { SideBySidePage } from './features/side-by-side/side-by-side-page';

/** One app for every page; the server answers each of these paths with the same index.html. */
export function App() {
  const path = location.pathname.replace(/\/+$/, '') || '/';
  if (path === '/side-by-side') return <SideBySidePage />;
  if (path === '/facilitator') return <FacilitatorPage />;
  const embedded = new URLSearchParams(location.search).has('embed');
  return <DemoPage embedded={embedded} />;
}
