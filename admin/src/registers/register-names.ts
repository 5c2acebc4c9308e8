/** The registers the server exchanges as workbooks, by their names in its routes (server/modules/registers/register-kinds.ts). */
export const registerNames = ['staff', 'institutions', 'establishments'] as const;

export type RegisterName = (typeof registerNames)[number];
