import type { Bianzhi } from '../../server/app';

/** A bearer token of a registry-wide PROVINCE_ADMIN on this server. */
export async function adminTokenFor(_bianzhi: Bianzhi): Promise<string> {
  return '';
}
