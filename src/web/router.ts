import { useEffect, useState } from 'preact/hooks';

// Routing by pathname with the history API: links are ordinary <a href>, intercepted here.

const listeners = new Set<() => void>();

export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  for (const listener of listeners) listener();
}

/** The current location; re-renders the caller on navigation. */
export function useLocation(): URL {
  const [, setTick] = useState(0);
  useEffect(() => {
    const update = () => setTick((n) => n + 1);
    listeners.add(update);
    addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      removeEventListener('popstate', update);
    };
  }, []);
  return new URL(location.href);
}

/** Lets in-app links navigate without a page load. */
export function interceptLinks(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element).closest('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.origin !== location.origin) return;
    // the API and published analyses are the server's pages, not the workbench's
    const serverPage = anchor.pathname.startsWith('/api/') || (/^\/analyses\/[^/]+\/?$/.test(anchor.pathname) && !anchor.pathname.startsWith('/analyses/new'));
    if (anchor.dataset.external !== undefined || serverPage) return;
    event.preventDefault();
    navigate(anchor.pathname + anchor.search);
  });
}
