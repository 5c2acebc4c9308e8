import fs from 'node:fs';
import path from 'node:path';
import { isEnumType } from 'graphql';
import englishMessages from 'ra-language-english';
import { domainChinese } from '../admin/src/i18n/domain-chinese';
import { domainEnglish } from '../admin/src/i18n/domain-english';
import { reactAdminChinese } from '../admin/src/i18n/react-admin-chinese';
import { buildBianzhiSchema } from '../server/schema';

/**
 * The admin client is Chinese by default and complete, with English beside it:
 * every message the code asks for exists in both, every enum of the schema has
 * its words, and no message is kept that nothing asks for.
 */
type Messages = { [key: string]: string | Messages };

function leafPaths(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafPaths(value, `${prefix}${key}.`),
  );
}

function lookUp(messages: Messages, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Messages | undefined)?.[part], messages);
}

const sourceFolder = path.resolve(__dirname, '../admin/src');
const sources = fs
  .readdirSync(sourceFolder, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.parentPath.includes(`${path.sep}i18n`) && !entry.parentPath.endsWith('gql'))
  .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
  .join('\n');
const namespaces = '(?:bianzhi|menu|resources|enums)';
const literalKeys = [...new Set([...sources.matchAll(new RegExp(`['"\`](${namespaces}\\.[A-Za-z0-9_.]+)['"\`]`, 'g'))].map((match) => match[1]))];
const templatePrefixes = [...sources.matchAll(new RegExp(`\`(${namespaces}\\.[A-Za-z0-9_.]*)\\$\\{`, 'g'))].map((match) => match[1]);

const languages = { zh: domainChinese as Messages, en: domainEnglish as Messages };
// A key naming a group of messages (e.g. an exporter's messagePrefix) is completed at run time, like a template.
const groupKeys = literalKeys.filter((key) => typeof lookUp(languages.zh, key) === 'object');
const dynamicPrefixes = [...new Set([...templatePrefixes, ...groupKeys.map((key) => `${key}.`)])];
const messageKeys = literalKeys.filter((key) => !groupKeys.includes(key));

it("translates every one of react-admin's own messages into Chinese", () => {
  const english = leafPaths(englishMessages as unknown as Messages);
  expect(english.length).toBeGreaterThan(100);
  expect(english.filter((key) => typeof lookUp(reactAdminChinese as unknown as Messages, key) !== 'string')).toEqual([]);
});

it('has the same messages in Chinese and English, none empty', () => {
  const chinese = leafPaths(languages.zh).sort();
  expect(leafPaths(languages.en).sort()).toEqual(chinese);
  for (const messages of Object.values(languages)) {
    expect(chinese.filter((key) => String(lookUp(messages, key)).trim() === '')).toEqual([]);
  }
});

it('has words for every value of every enum in the schema', async () => {
  const schema = await buildBianzhiSchema();
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isEnumType(type) || type.name.startsWith('__') || type.name.endsWith('SortField')) continue;
    for (const value of type.getValues()) {
      for (const [language, messages] of Object.entries(languages)) {
        if (typeof lookUp(messages, `enums.${type.name}.${value.name}`) !== 'string') missing.push(`${language}: enums.${type.name}.${value.name}`);
      }
    }
  }
  expect(missing).toEqual([]);
});

it('has every message the client asks for by name, in both languages', () => {
  expect(messageKeys.length).toBeGreaterThan(50);
  const missing = Object.entries(languages).flatMap(([language, messages]) =>
    messageKeys.filter((key) => typeof lookUp(messages, key) !== 'string').map((key) => `${language}: ${key}`),
  );
  expect(missing).toEqual([]);
});

it("keeps no message of the client's own that nothing asks for", () => {
  const unused = leafPaths(languages.zh).filter(
    (key) => /^(bianzhi|menu)\./.test(key) && !messageKeys.includes(key) && !dynamicPrefixes.some((prefix) => key.startsWith(prefix)),
  );
  expect(unused).toEqual([]);
});
