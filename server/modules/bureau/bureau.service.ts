import { ref, type EntityManager } from '@mikro-orm/postgresql';
import { refuseNulls, requireText } from '../../common/validation';
import { badUserInput, inputProblemError } from '../../errors';
import { Institution } from '../institution/institution.entity';
import { Website } from '../website/website.entity';
import { BureauLevel, parentLevelOf } from './bureau-level';
import { loadBureauReference } from './bureau-reference';
import { Bureau } from './bureau.entity';
import type { CreateBureauInput, UpdateBureauInput } from './bureau.inputs';
import { divisionCodeProblem } from './division-code';

async function loadParent(em: EntityManager, parentId: string | null | undefined): Promise<Bureau | null> {
  return parentId === null || parentId === undefined ? null : loadBureauReference(em, 'parentId', parentId);
}

/** The rules that tie a bureau to its place in the tree: level, parent and division code. */
function checkPlaceInTree(code: string, level: BureauLevel, parent: Bureau | null): void {
  const expectedParentLevel = parentLevelOf[level];
  if (expectedParentLevel === null && parent) {
    throw badUserInput('parentId', 'PROVINCE_HAS_NO_PARENT');
  }
  if (expectedParentLevel !== null && !parent) {
    throw badUserInput('parentId', 'PARENT_REQUIRED', { level, parentLevel: expectedParentLevel });
  }
  if (parent && parent.level !== expectedParentLevel) {
    throw badUserInput('level', 'PARENT_LEVEL_MISMATCH', { level, parentName: parent.name, parentLevel: parent.level, expectedParentLevel: String(expectedParentLevel) });
  }
  const problem = divisionCodeProblem(code, level, parent?.code ?? null);
  if (problem) throw inputProblemError('code', problem);
}

async function checkCodeFree(em: EntityManager, code: string, exceptId?: number): Promise<void> {
  const taken = await em.findOne(Bureau, { code, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
  // The other bureau may lie outside the caller's jurisdiction: say that the code is taken, not by whom.
  if (taken) throw badUserInput('code', 'BUREAU_CODE_TAKEN');
}

function pathOf(code: string, parent: Bureau | null): string {
  return `${parent?.path ?? ''}${code}/`;
}

export async function createBureau(transaction: EntityManager, input: CreateBureauInput): Promise<Bureau> {
  const parent = await loadParent(transaction, input.parentId);
  const code = input.code.trim();
  checkPlaceInTree(code, input.level, parent);
  await checkCodeFree(transaction, code);
  return transaction.create(Bureau, {
    code,
    name: requireText('name', input.name, 100),
    divisionName: requireText('divisionName', input.divisionName, 60),
    level: input.level,
    parent,
    path: pathOf(code, parent),
    partyIntranetConnectedOn: input.partyIntranetConnectedOn ?? null,
    localAreaNetworkBuiltOn: input.localAreaNetworkBuiltOn ?? null,
    paperlessOfficeBuiltOn: input.paperlessOfficeBuiltOn ?? null,
    documentExchangeBuiltOn: input.documentExchangeBuiltOn ?? null,
  });
}

export async function updateBureau(transaction: EntityManager, bureau: Bureau, input: UpdateBureauInput): Promise<void> {
  refuseNulls(input, ['parentId', 'partyIntranetConnectedOn', 'localAreaNetworkBuiltOn', 'paperlessOfficeBuiltOn', 'documentExchangeBuiltOn']);
  const parent = input.parentId === undefined ? ((await bureau.parent?.load()) ?? null) : await loadParent(transaction, input.parentId);
  if (parent && parent.path.startsWith(bureau.path)) {
    throw badUserInput('parentId', 'BUREAU_MOVE_CYCLE', { parentName: parent.name, bureauName: bureau.name });
  }
  const code = input.code?.trim() ?? bureau.code;
  const level = input.level ?? bureau.level;
  checkPlaceInTree(code, level, parent);
  if (level !== bureau.level && (await transaction.count(Bureau, { parent: bureau })) > 0) {
    throw badUserInput('level', 'BUREAU_LEVEL_FIXED');
  }
  if (code !== bureau.code) await checkCodeFree(transaction, code, bureau.id);

  const oldPath = bureau.path;
  const newPath = pathOf(code, parent);
  if (newPath !== oldPath) {
    await transaction.execute('update "bureau" set "path" = ? || substr("path", ?) where "path" like ? and "id" <> ?', [
      newPath,
      oldPath.length + 1,
      `${oldPath}%`,
      bureau.id,
    ]);
  }
  if (input.name !== undefined) bureau.name = requireText('name', input.name, 100);
  if (input.divisionName !== undefined) bureau.divisionName = requireText('divisionName', input.divisionName, 60);
  if (input.partyIntranetConnectedOn !== undefined) bureau.partyIntranetConnectedOn = input.partyIntranetConnectedOn;
  if (input.localAreaNetworkBuiltOn !== undefined) bureau.localAreaNetworkBuiltOn = input.localAreaNetworkBuiltOn;
  if (input.paperlessOfficeBuiltOn !== undefined) bureau.paperlessOfficeBuiltOn = input.paperlessOfficeBuiltOn;
  if (input.documentExchangeBuiltOn !== undefined) bureau.documentExchangeBuiltOn = input.documentExchangeBuiltOn;
  Object.assign(bureau, { code, level, path: newPath, parent: parent ? ref(parent) : null });
}

/** A bureau is deleted only once nothing depends on it. */
export async function checkBureauDeletable(bureau: Bureau, transaction: EntityManager): Promise<void> {
  const children = await transaction.count(Bureau, { parent: bureau });
  if (children > 0) throw badUserInput('id', 'BUREAU_HAS_CHILD_BUREAUS', { name: bureau.name, count: children });
  const units = await transaction.count(Institution, { bureau });
  if (units > 0) throw badUserInput('id', 'BUREAU_HAS_UNITS', { name: bureau.name, count: units });
  const websites = await transaction.count(Website, { bureau });
  if (websites > 0) throw badUserInput('id', 'BUREAU_HAS_WEBSITES', { name: bureau.name, count: websites });
}
