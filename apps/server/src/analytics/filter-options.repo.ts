import type { Database } from '../db/database.js';
import type { FilterOptions } from './analytics-types.js';

/** Keys with more distinct values than this identify people rather than segments: not offered. */
export const MAX_FILTER_VALUES = 50;

/** The trait values and locales seen in a project, to offer as analytics filters. */
export async function readFilterOptions(db: Database, projectId: string): Promise<FilterOptions> {
  const rows = await db
    .selectFrom('trait_values')
    .select(['scope', 'key', 'value'])
    .where('project_id', '=', projectId)
    .orderBy('scope')
    .orderBy('key')
    .orderBy('value')
    .execute();
  const grouped = { user: new Map<string, string[]>(), account: new Map<string, string[]>(), locale: new Map<string, string[]>() };
  for (const row of rows) {
    const values = grouped[row.scope].get(row.key) ?? [];
    values.push(row.value);
    grouped[row.scope].set(row.key, values);
  }
  const offered = (byKey: Map<string, string[]>) => Object.fromEntries([...byKey].filter(([, values]) => values.length <= MAX_FILTER_VALUES));
  // Locales are offered as each language alone (`ja`) followed by its regional tags (`ja-JP`).
  const locales = [...grouped.locale].flatMap(([language, tags]) => [language, ...tags.filter((tag) => tag.toLowerCase() !== language)]);
  return { traits: offered(grouped.user), accountTraits: offered(grouped.account), locales };
}
