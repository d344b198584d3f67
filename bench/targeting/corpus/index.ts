import { attributeChurnCases } from './attribute-churn.js';
import type { BenchCase } from './bench-case.js';
import { combinedCases } from './combined.js';
import { generatedIdCases } from './generated-ids.js';
import { hashedClassCases } from './hashed-classes.js';
import { iconOnlyCases } from './icon-only.js';
import { inputCases } from './inputs.js';
import { insertedBeforeCases } from './inserted-before.js';
import { languageCases } from './language.js';
import { lookAlikeCases } from './look-alikes.js';
import { movedCases } from './moved.js';
import { removedCases } from './removed.js';
import { reorderCases } from './reorder.js';
import { shadowDomCases } from './shadow-dom.js';
import { svgCases } from './svg.js';
import { tableResortCases } from './table-resort.js';
import { textEditCases } from './text-edit.js';
import { wrapperCases } from './wrappers.js';

export { EXPECTED_ATTR, FAMILIES, TARGET_ATTR, expectsNull, markerPattern, type BenchCase, type Family } from './bench-case.js';

/** Every before/after pair of the targeting benchmark, grouped by family. */
export const CORPUS: readonly BenchCase[] = [
  ...hashedClassCases,
  ...generatedIdCases,
  ...wrapperCases,
  ...reorderCases,
  ...insertedBeforeCases,
  ...textEditCases,
  ...languageCases,
  ...lookAlikeCases,
  ...tableResortCases,
  ...iconOnlyCases,
  ...inputCases,
  ...svgCases,
  ...removedCases,
  ...movedCases,
  ...shadowDomCases,
  ...attributeChurnCases,
  ...combinedCases,
];
