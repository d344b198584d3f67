/**
 * The share of a step's viewers meeting a missing element above which the step counts as broken,
 * unless a reader asks for another: the stuck-points ranking and the guide page flag the same steps.
 */
export const DEFAULT_BROKEN_THRESHOLD = 0.1;
