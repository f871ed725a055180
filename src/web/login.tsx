import { useState } from 'preact/hooks';
import { refreshMe, send } from './api.js';
import { navigate } from './router.js';

/** Log in with email and password; the server sets the session cookie. */
export function Login({ next }: { next: string }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      await send('POST', '/api/login', { email, password });
      await refreshMe();
      navigate(next.startsWith('/') && !next.startsWith('//') ? next : '/');
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section class="login">
      <h1>Log in</h1>
      <form onSubmit={submit}>
        <label>Email <input name="email" type="email" autocomplete="username" value={email} onInput={(e) => setEmail((e.currentTarget as HTMLInputElement).value)} required /></label>
        <label>Password <input name="password" type="password" autocomplete="current-password" value={password} onInput={(e) => setPassword((e.currentTarget as HTMLInputElement).value)} required /></label>
        <button type="submit">Log in</button>
      </form>
      {error ? <p class="problem" role="alert">{error}</p> : null}
    </section>
  );
}
