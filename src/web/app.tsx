import { lazy, Suspense } from 'preact/compat';
import { useEffect, useState } from 'preact/hooks';
import { getJson, loadMe, onMe, send, refreshMe, type Me } from './api.js';
import { ExploreView } from './explore/exploreView.js';
import { navigate, useLocation } from './router.js';
import type { Stats } from './types.js';

// Views other than explore load on demand, so the explore bundle stays small.
const PlacePage = lazy(() => import('./placePage.js').then((m) => ({ default: m.PlacePage })));
const Checker = lazy(() => import('./checker.js').then((m) => ({ default: m.Checker })));
const ReviewQueue = lazy(() => import('./review.js').then((m) => ({ default: m.ReviewQueue })));
const ImportPanel = lazy(() => import('./importPanel.js').then((m) => ({ default: m.ImportPanel })));
const FirstStart = lazy(() => import('./firstStart.js').then((m) => ({ default: m.FirstStart })));
const Login = lazy(() => import('./login.js').then((m) => ({ default: m.Login })));
const Analyses = lazy(() => import('./analyses.js').then((m) => ({ default: m.Analyses })));
const AnalysisEditor = lazy(() => import('./analyses.js').then((m) => ({ default: m.AnalysisEditor })));
const Settings = lazy(() => import('./settings.js').then((m) => ({ default: m.Settings })));

function Home({ url }: { url: URL }) {
  const [stats, setStats] = useState<Stats | null>(null);
  useEffect(() => {
    getJson<Stats>('/api/stats').then(setStats, () => setStats({ releases: 0, records: 0, strikes: 0, firstDay: null, lastDay: null }));
  }, []);
  if (!stats) return <p>loading…</p>;
  if (stats.records === 0) return <FirstStart />;
  return <ExploreView url={url} />;
}

function route(url: URL) {
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return <Home url={url} />;
  if (path === '/explore') return <ExploreView url={url} />;
  const place = /^\/places\/([^/]+)$/.exec(path);
  if (place) return <PlacePage name={decodeURIComponent(place[1]!)} url={url} />;
  if (path === '/check') return <Checker url={url} />;
  if (path === '/review') return <ReviewQueue />;
  if (path === '/import') return <ImportPanel onDone={() => navigate('/explore')} />;
  if (path === '/login') return <Login next={url.searchParams.get('next') ?? '/'} />;
  if (path === '/settings') return <Settings />;
  if (path === '/analyses') return <Analyses />;
  if (path === '/analyses/new') return <AnalysisEditor slug={null} />;
  const edit = /^\/analyses\/([^/]+)\/edit$/.exec(path);
  if (edit) return <AnalysisEditor slug={decodeURIComponent(edit[1]!)} />;
  return (
    <section>
      <h1>Not found</h1>
      <p>No workbench view at {path}. <a href="/">Back to the ledger</a>.</p>
    </section>
  );
}

export function App() {
  const url = useLocation();
  const [me, setMe] = useState<Me | null>(null);
  useEffect(() => {
    void loadMe().then(setMe);
    return onMe(setMe);
  }, []);
  const logout = async () => {
    await send('POST', '/api/logout').catch(() => undefined);
    await refreshMe();
  };
  const here = url.pathname;
  // on a phone the navigation folds into a menu; a page change or Escape folds it again
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [url.href]);
  const closeMenu = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menuOpen) return;
    setMenuOpen(false);
    (document.querySelector('.menu-toggle') as HTMLButtonElement | null)?.focus();
  };
  const link = (href: string, label: string) => <a href={href} aria-current={here === href || (href !== '/' && here.startsWith(href)) ? 'page' : undefined}>{label}</a>;
  return (
    <>
      <a class="skip-link" href="#main" data-external>Skip to the content</a>
      <header class="top" onKeyDown={closeMenu}>
        <a class="brand" href="/">AirLedger</a>
        <button type="button" class="menu-toggle" aria-expanded={menuOpen} aria-controls="site-menu" onClick={() => setMenuOpen(!menuOpen)}>Menu</button>
        <div id="site-menu" class={menuOpen ? 'site-menu open' : 'site-menu'}>
          <nav aria-label="Workbench">
            {link('/explore', 'Explore')}
            {link('/check', 'Check a claim')}
            {link('/analyses', 'Analyses')}
            {me?.user?.role === 'editor' || me?.user?.role === 'admin' ? link('/review', 'Review') : null}
            {me?.user?.role === 'editor' || me?.user?.role === 'admin' ? link('/import', 'Import') : null}
            {link('/settings', 'Settings')}
          </nav>
          <span class="who">
            {me?.user ? (
              <>
                <span data-testid="user">{me.user.email} ({me.user.role})</span> <button type="button" class="small" onClick={logout}>Log out</button>
              </>
            ) : me?.available ? (
              <a href={`/login?next=${encodeURIComponent(here)}`}>Log in</a>
            ) : null}
          </span>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p>loading…</p>}>{route(url)}</Suspense>
      </main>
    </>
  );
}
