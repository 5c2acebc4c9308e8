import { Breadcrumbs, Link as MuiLink, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';

interface BureauWithAncestors {
  id: string;
  name: string;
  ancestors?: { id: string; name: string }[];
}

/** Province → prefecture → county, each a link up the tree (within the user's jurisdiction). */
export function BureauBreadcrumbs() {
  const bureau = useRecordContext<BureauWithAncestors>();
  const translate = useTranslate();
  if (!bureau) return null;
  return (
    <Breadcrumbs aria-label={translate('bianzhi.tree.breadcrumbs')} sx={{ mb: 2 }} data-testid="bureau-breadcrumbs">
      {(bureau.ancestors ?? []).map((ancestor) => (
        <MuiLink key={ancestor.id} component={Link} to={`/bureaus/${ancestor.id}/show`} underline="hover" color="inherit">
          {ancestor.name}
        </MuiLink>
      ))}
      <Typography color="text.primary">{bureau.name}</Typography>
    </Breadcrumbs>
  );
}
