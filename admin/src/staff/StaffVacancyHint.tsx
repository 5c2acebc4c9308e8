import { Alert } from '@mui/material';
import { useGetOne, useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { InstitutionOneQuery, StaffRecordFragment } from '../gql/graphql';

type InstitutionWithVacancies = NonNullable<InstitutionOneQuery['institution']>;

/**
 * The chosen institution's vacancy (空编) in the chosen quota category, before
 * saving; a warning when a new placement there has none (the institution
 * would be over-staffed). A person already counted there is not warned about.
 */
export function StaffVacancyHint() {
  const translate = useTranslate();
  const staff = useRecordContext<StaffRecordFragment>();
  const institutionId = useWatch({ name: 'institutionId' }) as string | undefined;
  const category = useWatch({ name: 'quotaCategory' }) as string | undefined;
  const { data: institution } = useGetOne<InstitutionWithVacancies & { id: string }>('institutions', { id: institutionId ?? '' }, { enabled: Boolean(institutionId) });
  // A list's copy of the institution (cached by the picker) has no vacancies: wait for the record itself.
  if (!institutionId || !category || !institution?.vacancies || String(institution.id) !== String(institutionId)) return null;
  const vacancy = institution.vacancies.find((row) => row.category === category && !row.tier);
  const categoryName = translate(`enums.QuotaCategory.${category}`);
  const alreadyCounted = staff?.status === 'ACTIVE' && String(staff.institutionId) === String(institutionId) && staff.quotaCategory === category;
  if (!vacancy || vacancy.approved === 0) {
    return (
      <Alert severity={alreadyCounted ? 'info' : 'warning'} data-testid="staff-vacancy" sx={{ mb: 1 }}>
        {translate('bianzhi.forms.noQuota', { institution: institution.name, category: categoryName })}
      </Alert>
    );
  }
  const figures = { category: categoryName, institution: institution.name, approved: vacancy.approved, active: vacancy.active, reserved: vacancy.reserved, free: vacancy.free };
  const none = vacancy.free === 0 && !alreadyCounted;
  return (
    <Alert severity={none ? 'warning' : 'info'} data-testid="staff-vacancy" sx={{ mb: 1 }}>
      {translate(none ? 'bianzhi.forms.noVacancy' : 'bianzhi.forms.vacancy', figures)}
    </Alert>
  );
}
