import { inflateRawSync } from 'node:zlib';
import type { ArchivePart } from './workbook-archive';
import { unreadableWorkbook, workbookOverLimit } from './workbook-errors';
import type { WorkbookLimits } from './workbook-limits';

/** A part as exceljs's reader will see it: under the name it looks for. */
export interface PlannedPart {
  name: string;
  part: ArchivePart | { data: Buffer };
}

/** A sheet of the workbook: its name and the relationship that leads to its part. */
interface SheetEntry {
  name: string;
  relationshipId: string;
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function textOf(part: ArchivePart): string {
  const data = part.compressionMethod === 8 ? inflateRawSync(part.data) : part.data;
  return data.toString('utf8');
}

function decodeXml(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (entity, code: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (code[0] !== '#') return named[code.toLowerCase()] ?? entity;
    return String.fromCodePoint(code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10));
  });
}

function encodeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes.set(match[1], decodeXml(match[2] ?? match[3]));
  return attributes;
}

function elements(xml: string, name: string): Map<string, string>[] {
  return [...xml.matchAll(new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>`, 'g'))].map((match) => attributesOf(match[0]));
}

/** A relationship's target as a part name: relative to xl/, or absolute from the package's root. */
function partNameOf(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/**
 * The parts exceljs's streaming reader needs to give the named sheets, in the order it needs them:
 * the workbook, its relationships, the styles (for date formats) and the shared strings before any
 * sheet, then the sheets in the order asked for, each under the name `xl/worksheets/sheetN.xml`.
 *
 * exceljs takes the parts in the zip's order and copies a sheet met before the shared strings to a
 * temporary file (Excel itself writes the shared strings last); it finds a sheet's name only from a
 * relationship target written `worksheets/sheetN.xml`, where other writers (openpyxl) use absolute
 * targets. Giving it new relationships and the parts in this order avoids both.
 */
export function planWorkbookParts(parts: ReadonlyMap<string, ArchivePart>, sheets: readonly string[], limits: Readonly<WorkbookLimits>): PlannedPart[] {
  const workbook = parts.get('xl/workbook.xml');
  const relationshipsPart = parts.get('xl/_rels/workbook.xml.rels');
  if (!workbook) throw unreadableWorkbook('no workbook part');
  if (!relationshipsPart) throw unreadableWorkbook('no workbook relationships part');
  const relationships: Relationship[] = elements(textOf(relationshipsPart), 'Relationship').map((attributes) => ({
    id: attributes.get('Id') ?? '',
    type: attributes.get('Type') ?? '',
    target: attributes.get('Target') ?? '',
  }));
  const workbookSheets: SheetEntry[] = elements(textOf(workbook), 'sheet').map((attributes) => ({ name: attributes.get('name') ?? '', relationshipId: attributes.get('r:id') ?? '' }));
  const partOfType = (type: string, fallback: string) => {
    const relationship = relationships.find((candidate) => candidate.type.endsWith(`/${type}`));
    return parts.get(relationship ? partNameOf(relationship.target) : fallback);
  };
  const wanted: { sheet: SheetEntry; part: ArchivePart }[] = [];
  for (const name of sheets) {
    const sheet = workbookSheets.find((candidate) => candidate.name === name);
    const relationship = sheet && relationships.find((candidate) => candidate.id === sheet.relationshipId && candidate.type.endsWith('/worksheet'));
    const part = relationship && parts.get(partNameOf(relationship.target));
    if (sheet && part && !wanted.some((known) => known.sheet === sheet)) wanted.push({ sheet, part });
  }
  const newRelationships = wanted.map(
    ({ sheet }, index) =>
      `<Relationship Id="${encodeXml(sheet.relationshipId)}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
  );
  const planned: PlannedPart[] = [
    { name: 'xl/workbook.xml', part: workbook },
    {
      name: 'xl/_rels/workbook.xml.rels',
      part: { data: Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${newRelationships.join('')}</Relationships>`) },
    },
  ];
  const styles = partOfType('styles', 'xl/styles.xml');
  if (styles) planned.push({ name: 'xl/styles.xml', part: styles });
  const sharedStrings = partOfType('sharedStrings', 'xl/sharedStrings.xml');
  if (sharedStrings && sharedStrings.uncompressedSize > limits.sharedStringsBytes) throw workbookOverLimit(limits, 'sharedStringsBytes');
  // Without shared strings (a workbook of inline strings) exceljs would copy every sheet to a temporary file.
  planned.push({ name: 'xl/sharedStrings.xml', part: sharedStrings ?? { data: Buffer.from('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>') } });
  wanted.forEach(({ part }, index) => planned.push({ name: `xl/worksheets/sheet${index + 1}.xml`, part }));
  return planned;
}
