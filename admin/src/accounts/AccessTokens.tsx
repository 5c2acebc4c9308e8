import { Button, Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useCanAccess, useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { RevokeAccessTokenDocument } from '../gql/graphql';
import { execute } from '../graphql/client';

interface AccessToken {
  id: string;
  kind: string;
  label: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

/** An account's tokens (never their secrets), with revocation for administrators: the token stops working at once. */
export function AccessTokens() {
  const account = useRecordContext<{ accessTokens?: AccessToken[] }>();
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [locale] = useLocaleState();
  const moment = (value: string | null) => (value ? new Date(value).toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN') : '—');
  const { canAccess: mayRevoke } = useCanAccess({ resource: 'accounts', action: 'edit' });
  if (!account?.accessTokens) return null;
  const revoke = async (token: AccessToken) => {
    try {
      await execute(RevokeAccessTokenDocument, { id: token.id });
      notify('bianzhi.accounts.revoked', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['accounts'] });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  const active = (token: AccessToken) => !token.revokedAt && (!token.expiresAt || new Date(token.expiresAt) > new Date());
  return (
    <Table size="small" data-testid="access-tokens">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.accounts.fields.kind')}</TableCell>
          <TableCell>{translate('resources.accounts.fields.label')}</TableCell>
          <TableCell>{translate('resources.accounts.fields.createdAt')}</TableCell>
          <TableCell>{translate('resources.accounts.fields.expiresAt')}</TableCell>
          <TableCell>{translate('resources.accounts.fields.revokedAt')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {account.accessTokens.map((token) => (
          <TableRow key={token.id}>
            <TableCell>{translate(`enums.AccessTokenKind.${token.kind}`)}</TableCell>
            <TableCell>{token.label}</TableCell>
            <TableCell>{moment(token.createdAt)}</TableCell>
            <TableCell>{moment(token.expiresAt)}</TableCell>
            <TableCell>{token.revokedAt ? moment(token.revokedAt) : active(token) ? <Chip size="small" color="success" label={translate('bianzhi.accounts.active')} /> : '—'}</TableCell>
            <TableCell>
              {mayRevoke && active(token) ? (
                <Button size="small" color="error" onClick={() => revoke(token)}>
                  {translate('bianzhi.accounts.revoke')}
                </Button>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
