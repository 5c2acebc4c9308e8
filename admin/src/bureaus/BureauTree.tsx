import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Box, IconButton, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMemo, type MouseEvent } from 'react';
import { Link, RecordContextProvider, useListContext, useStore, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { BureauTreeQuery } from '../gql/graphql';
import { readSession } from '../graphql/session';
import { IndicatorField, indicatorNames } from './IndicatorField';

type TreeBureau = BureauTreeQuery['bureaus']['items'][number];

/** The counts shown per node, each over the bureau's whole subtree. */
const subtreeCounts = ['institutions', 'activeStaff', 'overInstitutions'] as const;

interface Tree {
  roots: TreeBureau[];
  children: Map<string, TreeBureau[]>;
}

/** The bureaus as read, in tree order, under their parents; a bureau whose parent is not among them is a root. */
function treeOf(bureaus: TreeBureau[]): Tree {
  const ids = new Set(bureaus.map((bureau) => bureau.id));
  const children = new Map<string, TreeBureau[]>();
  const roots: TreeBureau[] = [];
  for (const bureau of bureaus) {
    if (bureau.parentId && ids.has(bureau.parentId)) {
      const siblings = children.get(bureau.parentId) ?? [];
      siblings.push(bureau);
      children.set(bureau.parentId, siblings);
    } else {
      roots.push(bureau);
    }
  }
  return { roots, children };
}

/** The rows shown: each root, and under each expanded node its children, depth first. */
function visibleRows(tree: Tree, isExpanded: (id: string) => boolean): { bureau: TreeBureau; depth: number }[] {
  const rows: { bureau: TreeBureau; depth: number }[] = [];
  const visit = (bureau: TreeBureau, depth: number) => {
    rows.push({ bureau, depth });
    if (isExpanded(bureau.id)) for (const child of tree.children.get(bureau.id) ?? []) visit(child, depth + 1);
  };
  for (const root of tree.roots) visit(root, 0);
  return rows;
}

function ToggleButton({ bureau, expanded, onToggle }: { bureau: TreeBureau; expanded: boolean; onToggle: () => void }) {
  const translate = useTranslate();
  return (
    <IconButton
      size="small"
      aria-expanded={expanded}
      aria-label={translate(expanded ? 'bianzhi.tree.collapse' : 'bianzhi.tree.expand', { name: bureau.name })}
      onClick={(event) => {
        event.stopPropagation();
        onToggle();
      }}
    >
      {expanded ? <ExpandMoreIcon fontSize="small" /> : <ChevronRightIcon fontSize="small" />}
    </IconButton>
  );
}

/**
 * 编办树: the bureaus of the user's jurisdiction as a tree table, the root's
 * children shown and everything below collapsed until expanded (remembered per
 * root bureau), each node with its child bureaus and, over its whole subtree,
 * its institutions, active staff and institutions over their quota or
 * positions, and its five indicators. A row opens the bureau's page. While the
 * list is searched or filtered, every bureau found is shown, under its parent
 * when that was found too.
 */
export function BureauTree() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { data, isPending, filterValues } = useListContext<TreeBureau & { id: string }>();
  const filtered = Object.values(filterValues ?? {}).some((value) => value !== undefined && value !== '');
  const tree = useMemo(() => treeOf(data ?? []), [data]);
  const [expandedIds, setExpandedIds] = useStore<string[] | undefined>(`bureaus.tree.expanded.${readSession()?.rootBureau?.id ?? ''}`, undefined);
  const expanded = new Set(expandedIds ?? tree.roots.map((root) => root.id));
  const isExpanded = (id: string) => filtered || expanded.has(id);
  const toggle = (id: string) => {
    const next = new Set(expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpandedIds([...next]);
  };
  if (isPending) return <LinearProgress sx={{ m: 2 }} />;
  const header = (key: string) => (
    <TableCell key={key} sx={{ whiteSpace: 'nowrap' }}>
      {translate(key)}
    </TableCell>
  );
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" role="treegrid" aria-label={translate('bianzhi.tree.title')} data-testid="bureau-tree">
        <TableHead>
          <TableRow>
            {header('resources.bureaus.fields.name')}
            {header('resources.bureaus.fields.code')}
            {header('resources.bureaus.fields.level')}
            {header('bianzhi.tree.childCount')}
            {subtreeCounts.map((count) => header(`bianzhi.tree.counts.${count}`))}
            {indicatorNames.map((indicator) => header(`resources.bureaus.fields.indicators.${indicator}`))}
          </TableRow>
        </TableHead>
        <TableBody>
          {visibleRows(tree, isExpanded).map(({ bureau, depth }) => {
            const children = tree.children.get(bureau.id) ?? [];
            const statistics = bureau.establishmentStatistics;
            return (
              <RecordContextProvider key={bureau.id} value={bureau}>
                <TableRow
                  hover
                  aria-level={depth + 1}
                  data-bureau-code={bureau.code}
                  onClick={() => navigate(`/bureaus/${bureau.id}/show`)}
                  sx={{ cursor: 'pointer' }}
                >
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Box sx={{ display: 'flex', alignItems: 'center', pl: depth * 3 }}>
                      <Box sx={{ width: 34, flexShrink: 0 }}>
                        {children.length > 0 && !filtered ? (
                          <ToggleButton bureau={bureau} expanded={expanded.has(bureau.id)} onToggle={() => toggle(bureau.id)} />
                        ) : null}
                      </Box>
                      <Link to={`/bureaus/${bureau.id}/show`} onClick={(event: MouseEvent) => event.stopPropagation()} sx={{ fontWeight: depth === 0 ? 500 : 400 }}>
                        {bureau.name}
                      </Link>
                    </Box>
                  </TableCell>
                  <TableCell>{bureau.code}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`enums.BureauLevel.${bureau.level}`)}</TableCell>
                  <TableCell data-column="childCount">{filtered ? '' : children.length}</TableCell>
                  {subtreeCounts.map((count) => (
                    <TableCell key={count} data-column={count}>
                      <Typography variant="body2" component="span" color={count === 'overInstitutions' && statistics[count] > 0 ? 'error' : undefined}>
                        {statistics[count]}
                      </Typography>
                    </TableCell>
                  ))}
                  {indicatorNames.map((indicator) => (
                    <TableCell key={indicator}>
                      <IndicatorField indicator={indicator} />
                    </TableCell>
                  ))}
                </TableRow>
              </RecordContextProvider>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}
