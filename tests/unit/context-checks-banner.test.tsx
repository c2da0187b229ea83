// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContextBanner } from '../../components/ContextBanner';
import type { PatientContextView } from '../../components/overlay-contract';

afterEach(cleanup);

const states = [
  { code: 'MA', name: 'Massachusetts' },
  { code: 'FL', name: 'Florida' },
  { code: 'GU', name: 'Guam' },
];

function view(overrides: Partial<PatientContextView> = {}): PatientContextView {
  return { redFlags: [], notes: [], ...overrides };
}

describe('context bar', () => {
  it('an emergency red flag is an alert telling the clinician to call or direct to emergency care', () => {
    render(
      <ContextBanner
        view={view({ redFlags: [{ findingId: 'r1', severity: 'critical', category: 'urgent', summary: 'Possible heart attack' }] })}
        actions={{ choosePatientState: vi.fn() }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('call the patient now or direct them to emergency care');
    expect(alert.textContent).toContain('Possible heart attack');
  });

  it('a non-emergency red flag asks for a call today', () => {
    render(
      <ContextBanner
        view={view({ redFlags: [{ findingId: 'r1', severity: 'warning', category: 'urgent', summary: 'New rash with fever' }] })}
        actions={{ choosePatientState: vi.fn() }}
      />,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('call the patient today');
  });

  it('context notes carry their severity; no alert without red flags', () => {
    render(
      <ContextBanner
        view={view({ notes: [{ findingId: 'n1', severity: 'warning', category: 'consent', summary: 'No consent on file' }] })}
        actions={{ choosePatientState: vi.fn() }}
      />,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('No consent on file').getAttribute('data-severity')).toBe('warning');
  });

  it('the state picker answers in one click, from the buttons or the list', async () => {
    const choosePatientState = vi.fn();
    render(<ContextBanner view={view({ askState: { suggested: [states[0]!], states } })} actions={{ choosePatientState }} />);
    const picker = screen.getByRole('group', { name: 'Where is the patient today?' });
    await userEvent.click(within(picker).getByRole('button', { name: 'Massachusetts' }));
    expect(choosePatientState).toHaveBeenLastCalledWith('MA');
    await userEvent.selectOptions(within(picker).getByLabelText('Other state'), 'GU');
    expect(choosePatientState).toHaveBeenLastCalledWith('GU');
  });

  it('a chosen state is shown and can be changed', async () => {
    const choosePatientState = vi.fn();
    render(<ContextBanner view={view({ chosenState: states[1]! })} actions={{ choosePatientState }} />);
    expect(screen.getByText(/location for this thread: Florida/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Change' }));
    expect(choosePatientState).toHaveBeenLastCalledWith(null);
  });
});
