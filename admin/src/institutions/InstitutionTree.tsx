import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Autocomplete, Box, Card, CardContent, Chip, CircularProgress, IconButton, List, ListItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Title, useGetList, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { InstitutionTreeChildrenDocument, InstitutionTreeRootsDocument, type InstitutionTreeNodeFragment } from '../gql/graphql';
import { execute } from '../graphql/client';
import { readSession } from '../graphql/session';

/** 超编 / 超职数 badges, or 未超编, and the staff against the approved headcount. */
function StaffingBadges({ node }: { node: InstitutionTreeNodeFragment }) {
  const translate = useTranslate();
  const approved = node.staffing.reduce((sum, category) => sum + category.approvedHeadcount, 0);
  const overStaffed = node.staffing.some((category) => category.overStaffed);
  const overPositions = node.leadershipStaffing.some((tier) => tier.overPositions);
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      <Chip size="small" variant="outlined" label={translate('bianzhi.institutionTree.staffing', { active: node.activeStaffCount, approved })} />
      {overStaffed ? <Chip size="small" color="error" label={translate('bianzhi.staffing.overStaffed')} /> : null}
      {overPositions ? <Chip size="small" color="warning" label={translate('bianzhi.staffing.overPositions')} /> : null}
      {!overStaffed && !overPositions ? <Chip size="small" variant="outlined" color="success" label={translate('bianzhi.staffing.withinQuota')} /> : null}
    </Stack>
  );
}

/** One institution, its subordinates loaded when it is first expanded. */
function TreeNode({ node, depth }: { node: InstitutionTreeNodeFragment; depth: number }) {
  const translate = useTranslate();
  const [expanded, setExpanded] = useState(false);
  const hasChildren = node.subordinates.length > 0;
  const { data, isPending } = useQuery({
    queryKey: ['institutionTree', 'children', node.id],
    queryFn: () => execute(InstitutionTreeChildrenDocument, { id: node.id }),
    enabled: expanded && hasChildren,
  });
  const children = data?.institution?.subordinates ?? [];
  return (
    <>
      <ListItem dense sx={{ pl: 1 + depth * 3 }} data-testid="institution-tree-node" data-institution-id={node.id}>
        <Box sx={{ width: 40, flexShrink: 0 }}>
          {hasChildren ? (
            <IconButton
              size="small"
              aria-expanded={expanded}
              aria-label={translate(expanded ? 'bianzhi.institutionTree.collapse' : 'bianzhi.institutionTree.expand', { name: node.name })}
              onClick={() => setExpanded((open) => !open)}
            >
              {expanded ? <ExpandMoreIcon /> : <ChevronRightIcon />}
            </IconButton>
          ) : null}
        </Box>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ flex: 1, alignItems: { md: 'center' } }}>
          <Link to={`/institutions/${node.id}/show`} sx={{ fontWeight: depth === 0 ? 500 : 400 }}>
            {node.name}
          </Link>
          <Typography variant="body2" color="text.secondary">
            {translate(`enums.InstitutionKind.${node.kind}`)} · {translate(`enums.InstitutionRank.${node.rank}`)}
            {hasChildren ? ` · ${translate('bianzhi.institutionTree.subordinates', { count: node.subordinates.length })}` : ''}
          </Typography>
          <Box sx={{ flex: 1 }} />
          <StaffingBadges node={node} />
        </Stack>
      </ListItem>
      {expanded && hasChildren && isPending ? <CircularProgress size={20} sx={{ ml: 6 + depth * 3 }} /> : null}
      {expanded ? children.map((child) => <TreeNode key={child.id} node={child} depth={depth + 1} />) : null}
    </>
  );
}

/**
 * 机构树: a bureau's top-level institutions (一级机构) and, expanded on demand,
 * the institutions each supervises (下属机构), with staffing badges.
 */
export function InstitutionTree() {
  const translate = useTranslate();
  const [searchParams, setSearchParams] = useSearchParams();
  const bureauId = searchParams.get('bureauId') ?? readSession()?.rootBureau?.id ?? null;
  const { data: bureaus = [] } = useGetList<{ id: string; name: string }>('bureaus', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'path', order: 'ASC' },
  });
  const selected = bureaus.find((bureau) => bureau.id === bureauId) ?? null;
  const { data, isPending } = useQuery({
    queryKey: ['institutionTree', 'roots', bureauId],
    queryFn: () => execute(InstitutionTreeRootsDocument, { bureauId: bureauId! }),
    enabled: !!bureauId,
  });
  const roots = data?.institutions.items ?? [];
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="bianzhi.institutionTree.title" />
      <CardContent>
        <Autocomplete
          options={bureaus}
          value={selected}
          getOptionLabel={(bureau) => bureau.name}
          isOptionEqualToValue={(option, value) => option.id === value.id}
          onChange={(_, bureau) => bureau && setSearchParams({ bureauId: bureau.id })}
          renderInput={(params) => <TextField {...params} label={translate('resources.institutions.fields.bureauId')} />}
          sx={{ maxWidth: 480, mb: 2 }}
          disableClearable={!!selected}
          data-testid="institution-tree-bureau"
        />
        {isPending && bureauId ? <CircularProgress size={24} /> : null}
        {!isPending && roots.length === 0 ? <Typography color="text.secondary">{translate('bianzhi.institutionTree.empty')}</Typography> : null}
        <List dense data-testid="institution-tree">
          {roots.map((node) => (
            <TreeNode key={node.id} node={node} depth={0} />
          ))}
        </List>
      </CardContent>
    </Card>
  );
}
