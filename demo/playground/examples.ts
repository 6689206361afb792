import bases from '../../data/bases-timelinejs.json?raw';
import russiaSyria from '../../data/russia-syria.json?raw';

/** A few lines of CSV with the native field names as columns. */
const CSV = `title,start,end,category,summary
Russia intervenes,2015-09-30,,military,Russian air strikes begin in support of the government.
Leases on Tartus and Hmeimim,2017-01,2066,military,Both bases are leased to Russia for 49 years.
Assad is ousted,2024-12-08,,politics,A rebel offensive reaches Damascus in eleven days.
Moscow meeting,2025-07-31,,diplomacy,Syria's new foreign minister meets Sergey Lavrov.
`;

/** The examples the playground offers, by the value of their option. */
export const EXAMPLES: Record<string, string> = {
  native: russiaSyria,
  timelinejs: bases,
  csv: CSV,
};
