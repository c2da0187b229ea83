import { categorySchema, severitySchema } from '@/utils/analysis/schema';
import type { Settings } from '@/utils/settings/schema';

type Categories = Settings['categories'];

const CATEGORY_NAMES: Record<(typeof categorySchema.options)[number], string> = {
  diagnosis: 'New diagnoses',
  result: 'Test results',
  therapy_change: 'Treatment changes',
  urgent: 'Red-flag symptoms',
  sensitive: 'Specially protected information',
  plain_language: 'Plain language',
  licensure: 'Licensure at the patient’s location',
  consent: 'E-communication consent',
  proxy: 'Proxy readers and adolescents',
  response_time: 'Response time',
  channel: 'Secure channels',
  expectations: 'Message footer',
  patient_info: 'Patient information on unapproved sites',
};

export function CategoriesEditor({ value, onSave }: { value: Categories; onSave: (value: Categories) => void }) {
  return (
    <table>
      <tbody>
        {categorySchema.options.map((category) => {
          const current = value[category] ?? { enabled: true };
          const set = (next: Partial<typeof current>) => onSave({ ...value, [category]: { ...current, ...next } });
          return (
            <tr key={category}>
              <td>
                <label>
                  <input type="checkbox" checked={current.enabled} onChange={(event) => set({ enabled: event.target.checked })} />{' '}
                  {CATEGORY_NAMES[category]}
                </label>
              </td>
              <td>
                <select
                  aria-label={`${CATEGORY_NAMES[category]} severity`}
                  value={current.severity ?? ''}
                  onChange={(event) => set({ severity: severitySchema.safeParse(event.target.value).data })}
                >
                  <option value="">as each rule says</option>
                  {severitySchema.options.map((severity) => (
                    <option key={severity} value={severity}>
                      {severity}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
