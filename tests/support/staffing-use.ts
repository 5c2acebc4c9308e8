import { parse, print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { TestServer } from './test-server';

// Shared by the tests of approvals to use posts, entries, exits and transfers.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = TypedDocumentNode<any, any>;
/** A document parsed inline: these tests name fields the generated documents do not. */
export const doc = (source: string) => parse(source) as Loose;

/** Today and other days in China's calendar, as the server dates approvals. */
export const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
export const inDays = (days: number) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

const Establish = doc(`mutation($input: EstablishInstitutionInput!) { establishInstitution(input: $input) { id version } }`);
const ApproveEstablishment = doc(`mutation($input: ApproveEstablishmentInput!) { approveEstablishment(input: $input) { id } }`);

let sequence = 0;
/** A number not used before in this test process, for names and document numbers. */
export const nextNumber = () => (sequence += 1);

/** What an institution's 三定 says beyond its administrative headcount; every part has a default. */
interface EstablishmentShape {
  name?: string;
  deputies?: number;
  principals?: number;
  mainFunctions?: string;
  internalBodyNames?: string[];
}

/** An institution under `bureauId`, established with a 三定 of `headcount` administrative posts; its id, name and the 三定's document. */
export async function establishedInstitution(server: TestServer, bureauId: string, headcount: number, shape: EstablishmentShape = {}): Promise<{ id: string; name: string; documentNumber: string }> {
  const name = shape.name ?? `用编测试局${nextNumber()}`;
  const { id } = (
    await server.data(Establish, {
      input: { bureauId, name, kind: 'GOVERNMENT_DEPARTMENT', nature: 'ADMINISTRATIVE_ORGAN', rank: 'SECTION', decidedOn: '2020-01-01', documentNumber: `测编〔2020〕${nextNumber()}号` },
    })
  ).establishInstitution;
  const documentNumber = `测编〔2020〕${nextNumber()}号`;
  await server.data(ApproveEstablishment, {
    input: {
      institutionId: id,
      documentNumber,
      approvedOn: '2020-02-01',
      mainFunctions: shape.mainFunctions ?? '',
      internalBodyNames: shape.internalBodyNames ?? [],
      quotas: [{ category: 'ADMINISTRATIVE', headcount }],
      principalPositions: shape.principals ?? 0,
      deputyPositions: shape.deputies ?? 1,
      internalHeadPositions: 0,
    },
  });
  return { id, name, documentNumber };
}

/** An institution under `bureauId` with a 三定 of `headcount` administrative posts and `deputies` deputy positions. */
export async function institutionWith(server: TestServer, bureauId: string, headcount: number, deputies = 1): Promise<string> {
  return (await establishedInstitution(server, bureauId, headcount, { deputies })).id;
}

/** An approval of one administrative post, valid 90 days from today, with `overrides`. */
export function useInput(institutionId: string, overrides: Record<string, unknown> = {}) {
  return { institutionId, category: 'ADMINISTRATIVE', count: 1, purpose: 'CIVIL_SERVICE_EXAM', noticeNumber: `编用〔2024〕${nextNumber()}号`, issuedOn: today(), validUntil: inDays(90), ...overrides };
}

/** Sends a document with another account's token; the raw JSON answer. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function askAs(server: TestServer, token: string, document: Loose, variables: Record<string, unknown>): Promise<any> {
  const response = await fetch(`${server.bianzhi.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return response.json();
}
