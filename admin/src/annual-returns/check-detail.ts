import type { TranslateFunction } from 'react-admin';
import { enumValues } from '../common/enums';

const categories: readonly string[] = enumValues.QuotaCategory;

/** A check row's detail in the user's words: the server writes it in Chinese, naming a quota category by its enum value (超编：ADMINISTRATIVE 核定 26，实有 28). */
export function checkDetail(detail: string, translate: TranslateFunction): string {
  return detail.replace(/\b[A-Z][A-Z_]+\b/g, (word) => (categories.includes(word) ? translate(`enums.QuotaCategory.${word}`) : word));
}
