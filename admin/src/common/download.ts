import { requestError } from '../graphql/client';
import { readSession } from '../graphql/session';
import { currentLanguage } from '../i18n/i18n-provider';
import { translateServerError, type ServerError } from '../i18n/server-errors';

/** The file name the server gives in Content-Disposition, or the fallback. */
function attachmentName(response: Response, fallback: string): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  return /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallback;
}

/** Hands a blob to the browser as a download, as react-admin's CSV export does. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Downloads a file the server serves only with the API's bearer token (a
 * plain link would send none): fetched with the session's token, then saved.
 * A refusal comes back as the server's reason, in the user's language.
 */
export async function downloadWithToken(path: string, fallbackName: string): Promise<void> {
  const token = readSession()?.token;
  const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: ServerError[] } | null;
    const error: ServerError = body?.errors?.[0] ?? { message: response.statusText, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    throw requestError(translateServerError(error, currentLanguage()), response.status, { code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
  }
  saveBlob(await response.blob(), attachmentName(response, fallbackName));
}
