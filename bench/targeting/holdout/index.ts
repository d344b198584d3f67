import type { BenchCase } from '../corpus/bench-case.js';
import { holdoutAttributeChurnCases } from './attribute-churn.js';
import { holdoutCombinedCases } from './combined.js';
import { holdoutGeneratedIdCases } from './generated-ids.js';
import { holdoutHashedClassCases } from './hashed-classes.js';
import { holdoutIconOnlyCases } from './icon-only.js';
import { holdoutInputCases } from './inputs.js';
import { holdoutInsertedBeforeCases } from './inserted-before.js';
import { holdoutLanguageCases } from './language.js';
import { holdoutLookAlikeCases } from './look-alikes.js';
import { holdoutMovedCases } from './moved.js';
import { holdoutRemovedCases } from './removed.js';
import { holdoutReorderCases } from './reorder.js';
import { holdoutShadowDomCases } from './shadow-dom.js';
import { holdoutSvgCases } from './svg.js';
import { holdoutTableResortCases } from './table-resort.js';
import { holdoutTextEditCases } from './text-edit.js';
import { holdoutWrapperCases } from './wrappers.js';

/**
 * A second, independent set of before/after pairs, written from other apps and frameworks than
 * the main corpus (Svelte, Stitches, Astro, Radix/shadcn, Headless UI, Lightning, Polaris, Ant
 * Design, Vuetify, Bootstrap, Lit, Japanese SaaS…) and without looking at the locator's code.
 * Run it with `tsx bench/targeting/run.ts --corpus holdout`.
 */
export const HOLDOUT: readonly BenchCase[] = [
  ...holdoutHashedClassCases,
  ...holdoutGeneratedIdCases,
  ...holdoutWrapperCases,
  ...holdoutReorderCases,
  ...holdoutInsertedBeforeCases,
  ...holdoutTextEditCases,
  ...holdoutLanguageCases,
  ...holdoutLookAlikeCases,
  ...holdoutTableResortCases,
  ...holdoutIconOnlyCases,
  ...holdoutInputCases,
  ...holdoutSvgCases,
  ...holdoutRemovedCases,
  ...holdoutMovedCases,
  ...holdoutShadowDomCases,
  ...holdoutAttributeChurnCases,
  ...holdoutCombinedCases,
];
