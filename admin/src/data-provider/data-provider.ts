import type { DataProvider, Identifier, RaRecord } from 'react-admin';
import { accountsData } from '../accounts/accounts.data';
import { alertsData } from '../alerts/alerts.data';
import { annualReturnsData } from '../annual-returns/annual-returns.data';
import { auditData } from '../audit/audit.data';
import { bureausData } from '../bureaus/bureaus.data';
import { errorBody, requestError } from '../graphql/client';
import { i18nProvider } from '../i18n/i18n-provider';
import { institutionsData } from '../institutions/institutions.data';
import { quotasData } from '../quotas/quotas.data';
import { reportingPeriodsData } from '../reporting-periods/reporting-periods.data';
import { staffData } from '../staff/staff.data';
import { staffingUseApplicationsData } from '../staffing-use-applications/staffing-use-applications.data';
import { staffingUseApprovalsData } from '../staffing-use-approvals/staffing-use-approvals.data';
import { unitsData } from '../units/units.data';
import { websitesData } from '../websites/websites.data';
import type { RegistryResource } from './resource-adapter';

export const resourceAdapters: Record<string, RegistryResource> = {
  bureaus: bureausData,
  institutions: institutionsData,
  units: unitsData,
  quotas: quotasData,
  staff: staffData,
  'staffing-use-applications': staffingUseApplicationsData,
  'staffing-use-approvals': staffingUseApprovalsData,
  'annual-returns': annualReturnsData,
  'reporting-periods': reportingPeriodsData,
  websites: websitesData,
  alerts: alertsData,
  audit: auditData,
  accounts: accountsData,
};

function adapterOf(resource: string): RegistryResource {
  const adapter = resourceAdapters[resource];
  if (!adapter) throw new Error(`unknown resource ${resource}`);
  return adapter;
}

function notFound() {
  return requestError(i18nProvider.translate('bianzhi.errors.notFound'), 404, { code: 'NOT_FOUND' });
}

export const dataProvider: DataProvider = {
  async getList(resource, { filter, pagination, sort }) {
    const { page = 1, perPage = 25 } = pagination ?? {};
    const { data, total } = await adapterOf(resource).list({
      filter: filter ?? {},
      limit: perPage,
      offset: (page - 1) * perPage,
      sort: sort ? { field: sort.field, order: sort.order } : undefined,
    });
    return { data: data as never[], total };
  },

  async getOne(resource, { id }) {
    const record = await adapterOf(resource).one(String(id));
    if (!record) throw notFound();
    return { data: record as never };
  },

  async getMany(resource, { ids }) {
    const records = await Promise.all(ids.map((id: Identifier) => adapterOf(resource).one(String(id)).catch(() => null)));
    return { data: records.filter((record): record is RaRecord => record !== null) as never };
  },

  async getManyReference(resource, { target, id, filter, pagination, sort }) {
    return this.getList(resource, { filter: { ...filter, [target]: String(id) }, pagination, sort });
  },

  async create(resource, { data }) {
    return { data: (await adapterOf(resource).create(data)) as never };
  },

  async update(resource, { id, data, previousData }) {
    const adapter = adapterOf(resource);
    try {
      return { data: (await adapter.update(String(id), data, previousData)) as never };
    } catch (error) {
      // The record someone else saved meanwhile travels with the conflict, so that
      // the form can show the user the current values beside theirs.
      if (errorBody(error)?.code === 'CONFLICT') {
        const current = await adapter.one(String(id)).catch(() => null);
        throw requestError((error as Error).message, 409, { code: 'CONFLICT', conflict: { current, yours: data } });
      }
      throw error;
    }
  },

  async updateMany() {
    throw new Error('updateMany is not offered');
  },

  async delete(resource, { id, previousData, meta }) {
    await adapterOf(resource).remove(String(id), Number(previousData?.version), meta?.reason);
    return { data: previousData as never };
  },

  async deleteMany() {
    throw new Error('deleteMany is not offered: each deletion carries its own version and reason');
  },
};
