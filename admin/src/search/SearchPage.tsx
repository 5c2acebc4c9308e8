import { Alert, Card, CardContent, LinearProgress, List, ListItemButton, ListItemText, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link, Title, useGetList, useTranslate, type RaRecord } from 'react-admin';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { listRoute, mayFindByNationalId, searchTermOf } from './search-terms';

/** How many matches of each kind the page shows; the list behind "see all" has the rest. */
const shown = 10;

interface Section {
  resource: 'staff' | 'institutions' | 'bureaus';
  /** The list filter that finds the matches; none when the text cannot be this kind of record. */
  filter?: Record<string, unknown>;
  sort: { field: string; order: 'ASC' | 'DESC' };
  secondary: (record: RaRecord) => ReactNode;
}

/** A section's matches: its list query with its filter, the first page of them. */
function useMatches({ resource, filter, sort }: Section) {
  return useGetList(resource, { filter: filter ?? {}, sort, pagination: { page: 1, perPage: shown } }, { enabled: !!filter, retry: false });
}

function ResultSection({ section, matches }: { section: Section; matches: ReturnType<typeof useMatches> }) {
  const translate = useTranslate();
  const { resource, filter, secondary } = section;
  const { data = [], total = 0, isPending } = matches;
  if (!filter) return null;
  if (isPending) return <LinearProgress />;
  if (total === 0) return null;
  return (
    <section data-testid={`search-${resource}`}>
      <Typography variant="h6">
        {translate(`resources.${resource}.name`, { smart_count: 2 })} ({total})
      </Typography>
      <List dense>
        {data.map((record) => (
          <ListItemButton key={record.id} component={RouterLink} to={`/${resource}/${record.id}/show`}>
            <ListItemText primary={String(record.name)} secondary={secondary(record)} />
          </ListItemButton>
        ))}
      </List>
      {total > data.length ? <Link to={listRoute(resource, filter)}>{translate('bianzhi.globalSearch.more', { count: total })}</Link> : null}
    </section>
  );
}

/**
 * The top bar's search, answered: the staff, institutions and bureaus of the
 * jurisdiction the text finds. A full ID number finds a person (for roles that
 * may look one up), a credit code an institution, a 6-digit division code a
 * bureau; any other text is part of a name.
 */
export function SearchPage() {
  const translate = useTranslate();
  const [params] = useSearchParams();
  const term = searchTermOf(params.get('q') ?? '');
  const byNationalId = mayFindByNationalId();
  const isCode = !!(term.nationalId || term.creditCode || term.divisionCode);
  const sections: Section[] = [
    {
      resource: 'staff',
      filter: term.nationalId ? (byNationalId ? { q: term.nationalId } : undefined) : term.text && !isCode ? { q: term.text } : undefined,
      sort: { field: 'name', order: 'ASC' },
      secondary: (record) => (
        <>
          {String((record.institution as { name?: string } | undefined)?.name ?? '')} · <span translate="no">{String(record.nationalId ?? '')}</span>
        </>
      ),
    },
    {
      resource: 'institutions',
      filter: term.creditCode ? { q: term.creditCode } : term.text && !isCode ? { q: term.text } : undefined,
      sort: { field: 'name', order: 'ASC' },
      secondary: (record) => (
        <>
          {String((record.bureau as { name?: string } | undefined)?.name ?? '')}
          {record.creditCode ? <span translate="no"> · {String(record.creditCode)}</span> : null}
        </>
      ),
    },
    {
      resource: 'bureaus',
      filter: term.divisionCode ? { code: term.divisionCode } : term.text && !isCode ? { q: term.text } : undefined,
      sort: { field: 'path', order: 'ASC' },
      secondary: (record) => <span translate="no">{String(record.code)}</span>,
    },
  ];
  // Three sections, always in this order: one query each.
  const matches = [useMatches(sections[0]), useMatches(sections[1]), useMatches(sections[2])];
  const asked = matches.filter((_matches, index) => sections[index].filter);
  const nothingFound = !!term.text && asked.every((result) => !result.isPending && (result.total ?? 0) === 0);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="bianzhi.globalSearch.title" />
      <CardContent>
        <Stack spacing={2}>
          <Typography color="text.secondary">{term.text || translate('bianzhi.globalSearch.hint')}</Typography>
          {term.nationalId && !byNationalId ? <Alert severity="warning">{translate('bianzhi.globalSearch.nationalIdNotAllowed')}</Alert> : null}
          {sections.map((section, index) => (
            <ResultSection key={section.resource} section={section} matches={matches[index]} />
          ))}
          {nothingFound ? <Alert severity="info">{translate('bianzhi.globalSearch.nothing')}</Alert> : null}
        </Stack>
      </CardContent>
    </Card>
  );
}
