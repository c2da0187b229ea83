import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { matchPatternFor } from '@/utils/settings/origins';
import { describeProblem } from '@/utils/settings/resolve';
import { originEntrySchema, type Settings } from '@/utils/settings/schema';

type Origins = Settings['origins'];

/** Which of the origins the browser lets ReplyGuard run on, refreshed when permissions change. */
function useAccess(origins: Origins): Record<string, boolean> {
  const [access, setAccess] = useState<Record<string, boolean>>({});
  useEffect(() => {
    const check = async () => {
      const entries = await Promise.all(
        origins.map(async ({ origin }) => [origin, await browser.permissions.contains({ origins: [matchPatternFor(origin)] })] as const),
      );
      setAccess(Object.fromEntries(entries));
    };
    void check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [origins]);
  return access;
}

/** Asking for host access needs the click's user gesture: call it straight from the handler. */
function requestAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [matchPatternFor(origin)] });
}

export function OriginAccessList({ origins }: { origins: Origins }) {
  const access = useAccess(origins);
  if (origins.length === 0) return <p data-testid="no-origins">No EHR site is enabled yet.</p>;
  return (
    <table>
      <tbody>
        {origins.map(({ origin, adapter }) => (
          <tr key={origin} data-testid="origin-row">
            <td>{origin}</td>
            <td>adapter: {adapter}</td>
            <td data-testid="origin-access">
              {access[origin] ? (
                'Active'
              ) : (
                <button type="button" onClick={() => void requestAccess(origin)}>
                  Allow ReplyGuard on this site
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function OriginsEditor({ origins, onSave }: { origins: Origins; onSave: (value: Origins) => void }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = () => {
    const parsed = originEntrySchema.safeParse({ origin: draft });
    if (!parsed.success) {
      setError(describeProblem(parsed.error));
      return;
    }
    setError('');
    // The request must run inside the click; saving happens whatever the answer, so the origin
    // is listed with an "Allow" button if access was declined.
    void requestAccess(parsed.data.origin).finally(() => {
      onSave([...origins.filter((entry) => entry.origin !== parsed.data.origin), parsed.data]);
      setDraft('');
    });
  };
  const remove = (origin: string) => {
    onSave(origins.filter((entry) => entry.origin !== origin));
    void browser.permissions.remove({ origins: [matchPatternFor(origin)] }).catch(() => false);
  };
  return (
    <div>
      {origins.map(({ origin }) => (
        <button key={origin} type="button" onClick={() => remove(origin)}>
          Remove {origin}
        </button>
      ))}
      <p>
        <input
          aria-label="EHR address"
          placeholder="https://ehr.example.org"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="button" onClick={add}>
          Add site
        </button>
        {error && (
          <span className="error" role="alert">
            {error}
          </span>
        )}
      </p>
    </div>
  );
}
