import 'reflect-metadata';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startBianzhi, type Bianzhi } from '../../server/app';
import { BureauByCodeDocument, type BureauByCodeQuery } from '../generated/graphql';
import { loadConfig, type Config } from '../../server/config';
import { createDatabase, databaseUrlWithName } from '../../server/database/scratch-database';
import { adminTokenFor } from './credentials';
import { ensureTemplateDatabase } from './template-database';

export interface GraphQLResponse<Result> {
  data?: Result | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string } & Record<string, unknown> }[];
}

export interface TestServer {
  bianzhi: Bianzhi;
  /** Bearer token of a registry-wide PROVINCE_ADMIN; `request` and `data` send it. */
  adminToken: string;
  /** Sends an operation over HTTP, as any client would. */
  request<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables?: Variables): Promise<GraphQLResponse<Result>>;
  /** Sends an operation and fails the test on any error. */
  data<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables?: Variables): Promise<Result>;
  /** A seeded bureau, by division code. */
  bureauByCode(code: string): Promise<NonNullable<BureauByCodeQuery['bureauByCode']>>;
  stop(): Promise<void>;
}

/** A fresh copy of the run's migrated and seeded template on TEST_DATABASE_URL's server; its URL. */
export async function seededTestDatabase(): Promise<string> {
  const serverUrl = process.env.TEST_DATABASE_URL!;
  const prefix = process.env.BIANZHI_TEST_RUN_PREFIX!;
  const template = await ensureTemplateDatabase(serverUrl, prefix);
  return databaseUrlWithName(serverUrl, await createDatabase(serverUrl, `${prefix}_file`, template));
}

/**
 * A real Bianzhi on a free port, over a fresh copy of the seeded registry: a
 * database of its own on TEST_DATABASE_URL's server, or an embedded engine in
 * memory.
 */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const base = { port: 0, host: '127.0.0.1', logSql: false, staleWebsiteDays: 30 };
  let config: Config;
  if (serverUrl) {
    config = loadConfig({ ...base, databaseUrl: await seededTestDatabase(), seedOnStart: false, ...overrides });
  } else {
    config = loadConfig({ ...base, databaseUrl: undefined, dataDir: 'memory://', seedOnStart: true, ...overrides });
  }
  const bianzhi = await startBianzhi(config);
  const adminToken = await adminTokenFor(bianzhi);

  async function request<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables?: Variables) {
    const response = await fetch(`${bianzhi.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(adminToken ? { authorization: `Bearer ${adminToken}` } : {}) },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return (await response.json()) as GraphQLResponse<Result>;
  }

  async function data<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables?: Variables) {
    const response = await request(document, variables);
    if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    return response.data!;
  }

  return {
    bianzhi,
    adminToken,
    request,
    data,
    async bureauByCode(code) {
      const bureau = (await data(BureauByCodeDocument, { code })).bureauByCode;
      if (!bureau) throw new Error(`no bureau with code ${code}`);
      return bureau;
    },
    stop: () => bianzhi.stop(),
  };
}

/** Starts a test server for the file (beforeAll) and stops it afterwards (afterAll). */
export function useTestServer(overrides: Partial<Config> = {}): TestServer {
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await startTestServer(overrides);
  });
  afterAll(() => started?.stop());
  const current = () => {
    if (!started) throw new Error('the test server starts in beforeAll');
    return started;
  };
  return {
    get bianzhi() {
      return current().bianzhi;
    },
    get adminToken() {
      return current().adminToken;
    },
    request: (document, variables) => current().request(document, variables),
    data: (document, variables) => current().data(document, variables),
    bureauByCode: (code) => current().bureauByCode(code),
    stop: () => current().stop(),
  };
}

/** The single error of a failed operation, for asserting its code and field. */
export function onlyError(response: GraphQLResponse<unknown>) {
  expect(response.errors).toHaveLength(1);
  return response.errors![0];
}
