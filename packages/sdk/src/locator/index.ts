/** The element locator: describe an element once (`captureTarget`), find it again later (`findTarget`). */
export { captureTarget, isGeneratedId, STABLE_ATTRS } from './capture.js';
export { findTarget, locateTarget, type LocateResult } from './find.js';
export { isVisible, normaliseText } from './dom-text.js';
