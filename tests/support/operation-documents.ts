import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, separateOperations, type DefinitionNode, type DocumentNode, type OperationDefinitionNode } from 'graphql';

export const repositoryRoot = path.join(__dirname, '../..');

export function graphqlFilesUnder(folder: string): string[] {
  return fs
    .readdirSync(path.join(repositoryRoot, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.graphql'))
    .map((name) => path.join(repositoryRoot, folder, name));
}

export interface NamedOperation {
  name: string;
  operation: OperationDefinitionNode;
  /** The operation with the fragments it uses from anywhere in its set, as codegen puts them together. */
  document: DocumentNode;
}

/** Each named operation of a set of .graphql files (all of Bianzhi's are named). */
export function operationsOf(files: string[]): NamedOperation[] {
  const definitions: DefinitionNode[] = files.flatMap((file) => parse(fs.readFileSync(file, 'utf8')).definitions);
  const separated = separateOperations({ kind: Kind.DOCUMENT, definitions });
  return definitions
    .filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION && !!definition.name)
    .map((operation) => ({ name: operation.name!.value, operation, document: separated[operation.name!.value] }));
}
