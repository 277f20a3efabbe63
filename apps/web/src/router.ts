import { useEffect, useState } from 'react';

/** Hash routes (#/projects/…?planId=…): the api serves one index.html and never sees the dashboard's paths. */
export function useRoute(): string[] {
  const read = () => window.location.hash.replace(/^#\/?/, '').split('?')[0].split('/').filter(Boolean);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export const go = (path: string) => {
  window.location.hash = `#/${path}`;
};

const hashPath = () => window.location.hash.replace(/^#\/?/, '').split('?')[0];
const hashQuery = () => new URLSearchParams(window.location.hash.split('?')[1] ?? '');

/**
 * A page's filters, kept in the URL's hash (#/projects?planId=…&status=…): a reload, the back button and a link
 * bring them back. `set` writes a new history entry, so back returns to the filters before; '' removes a filter.
 */
export function useQuery(): [URLSearchParams, (changes: Record<string, string>) => void] {
  const [query, setQuery] = useState(hashQuery);
  useEffect(() => {
    const onChange = () => setQuery(hashQuery());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const set = (changes: Record<string, string>) => {
    const next = hashQuery();
    for (const [key, value] of Object.entries(changes)) {
      if (value === '') next.delete(key);
      else next.set(key, value);
    }
    const text = next.toString();
    if (hashPath() === 'projects') sessionStorage.setItem(PROJECTS_QUERY, text);
    window.location.hash = `#/${hashPath()}${text ? `?${text}` : ''}`;
    setQuery(next);
  };
  return [query, set];
}

const PROJECTS_QUERY = 'tracker.projectsQuery';

/** The project list's filters as last chosen in this tab, for a project page's 返回项目列表. */
export function projectsListQuery(): string {
  const saved = sessionStorage.getItem(PROJECTS_QUERY);
  return saved ? `?${saved}` : '';
}

/**
 * Remembers the project list's filters when the list is opened with them (a link or a reload); not when the URL has
 * just left the list for a project, whose URL has no filters.
 */
export function rememberProjectsQuery(query: URLSearchParams) {
  if (hashPath() === 'projects') sessionStorage.setItem(PROJECTS_QUERY, query.toString());
}
