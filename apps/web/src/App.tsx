import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, ROLE_LABELS, session, whoAmI, type Me, type Role } from './api/client';
import { go, useRoute } from './router';
import { Overview } from './pages/Overview';
import { Projects } from './pages/Projects';
import { ProjectPage } from './pages/ProjectPage';
import { Notifications } from './pages/Notifications';
import { Capacity } from './pages/Capacity';
import { Plans } from './pages/Plans';
import { Reports } from './pages/Reports';
import { Review } from './pages/Review';
import { Problems } from './pages/Problems';
import { MyProjects } from './pages/MyProjects';

/** Where a key lands: a manager on their institutions' projects, everyone else on the whole portfolio. */
const homeOf = (role: Role) => (role === 'manager' ? 'mine' : 'overview');

/** The navigation; `roles` keeps a page to the keys that can use it (the API refuses the others anyway). */
const PAGES: { path: string; label: string; roles?: Role[] }[] = [
  { path: 'mine', label: '我的项目', roles: ['manager'] },
  { path: 'overview', label: '投资总览' },
  { path: 'projects', label: '项目' },
  { path: 'reports', label: '填报', roles: ['manager', 'admin'] },
  { path: 'review', label: '审核', roles: ['finance', 'admin'] },
  { path: 'problems', label: '问题' },
  { path: 'notifications', label: '提醒' },
  { path: 'capacity', label: '床位' },
  { path: 'plans', label: '规划与导入' },
];

export function App() {
  // A reload keeps the session: who the key is (from /me at sign-in) is remembered with it.
  const [me, setMe] = useState<Me | null>(() => (session.key() ? session.me() : null));
  const route = useRoute();
  const title = useRef<HTMLHeadingElement>(null);

  // After signing in, keyboard focus starts at the top of the page, before the navigation.
  useEffect(() => {
    if (me) title.current?.focus();
  }, [me]);

  if (!me) return <SignIn onSignedIn={setMe} />;

  const page = route[0] ?? homeOf(me.role);
  const signOut = () => {
    session.clear();
    setMe(null);
  };
  return (
    <>
      <header className="topbar">
        <h1 ref={title} tabIndex={-1}>
          卫生健康项目投资看板
        </h1>
        <nav aria-label="主导航">
          {PAGES.filter((p) => !p.roles || p.roles.includes(me.role)).map((p) => (
            <a key={p.path} href={`#/${p.path}`} aria-current={page === p.path ? 'page' : undefined}>
              {p.label}
            </a>
          ))}
        </nav>
        <div className="who">
          <span data-testid="signed-in-as" title={me.institutions.map((i) => i.name).join('、') || undefined}>
            {me.name}
          </span>
          <span data-testid="role" className="badge">
            {ROLE_LABELS[me.role]}
          </span>
          <button type="button" onClick={signOut}>
            退出
          </button>
        </div>
      </header>
      <main>
        {page === 'mine' && <MyProjects />}
        {page === 'overview' && <Overview />}
        {page === 'projects' && !route[1] && <Projects />}
        {page === 'projects' && route[1] && <ProjectPage id={route[1]} me={me} />}
        {page === 'notifications' && <Notifications />}
        {page === 'capacity' && <Capacity />}
        {page === 'plans' && <Plans me={me} />}
        {page === 'reports' && <Reports me={me} route={route} />}
        {page === 'review' && <Review me={me} route={route} />}
        {page === 'problems' && <Problems me={me} />}
      </main>
    </>
  );
}

function SignIn({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    session.save(key.trim());
    try {
      const me = await whoAmI();
      session.saveMe(me);
      if (!window.location.hash.replace(/^#\/?/, '')) go(homeOf(me.role));
      onSignedIn(me);
    } catch (e) {
      session.clear();
      setError(e instanceof ApiError && e.status === 401 ? '密钥无效或已吊销。' : `无法登录：${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="signin">
      <h1>卫生健康项目投资看板</h1>
      <form onSubmit={submit}>
        <label htmlFor="api-key">API 密钥</label>
        <input
          id="api-key"
          type="password"
          autoComplete="off"
          value={key}
          onChange={(e) => setKey(e.target.value)}
          aria-describedby="api-key-help"
          aria-invalid={error ? true : undefined}
          required
        />
        <p id="api-key-help" className="help">
          密钥只保存在本浏览器标签页中，关闭后需重新登录。
        </p>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy || key.trim() === ''}>
          {busy ? '正在登录…' : '登录'}
        </button>
      </form>
    </main>
  );
}
