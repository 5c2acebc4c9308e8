import { randomInt } from 'node:crypto';
import type { Page } from 'playwright-core';
import { makeNationalId } from '../../server/modules/staff/national-id';
import { EGovUnitsDocument, UnitStaffingDocument, type QuotaCategory } from '../generated/graphql';
import type { TestServer } from './test-server';

export const quotaCategoryLabel: Record<QuotaCategory, string> = { ADMINISTRATIVE: '行政编制', POLITICAL_LEGAL: '政法专项编制', PUBLIC_INSTITUTION: '事业编制', LOGISTICS: '工勤编制' };

/** A valid national ID number of someone born in Zunyi's Honghuagang district, most likely unused. */
export function newZunyiNationalId(): string {
  return makeNationalId('520302', `19${randomInt(70, 99)}-0${randomInt(1, 9)}-1${randomInt(0, 9)}`, randomInt(0, 500), 'MALE');
}

/** Fills the staff form's required fields (the institution prefilled by the route), in Chinese. */
export async function fillNewPerson(page: Page, name: string, category: QuotaCategory): Promise<void> {
  await page.locator('input[name="name"]').fill(name);
  await page.locator('input[name="nationalId"]').fill(newZunyiNationalId());
  await page.getByRole('combobox', { name: '占用编制类别' }).click();
  await page.getByRole('option', { name: quotaCategoryLabel[category] }).click();
  await page.locator('input[name="position"]').fill('科员');
  await page.getByRole('combobox', { name: '学历' }).click();
  await page.getByRole('option', { name: '大学本科' }).click();
  await page.locator('input[name="hiredOn"]').fill('2024-03-01');
}

/** A unit under Zunyi with room in one of its quotas (at most `mostVacancies` free posts, so that a test can fill it), that category and its vacancies. */
export async function zunyiUnitWithRoom(server: TestServer, mostVacancies = Number.POSITIVE_INFINITY) {
  const zunyi = await server.bureauByCode('520300');
  const { egovUnits } = await server.data(EGovUnitsDocument, { filter: { underBureauId: zunyi.id }, limit: 100 });
  for (const unit of egovUnits.items) {
    const room = (await server.data(UnitStaffingDocument, { id: unit.id })).egovUnit!.staffing.find((line) => line.vacancies > 0 && line.vacancies <= mostVacancies && !line.overStaffed);
    if (room) return { unit, category: room.category, vacancies: room.vacancies };
  }
  throw new Error('no unit under Zunyi has a quota with room');
}
