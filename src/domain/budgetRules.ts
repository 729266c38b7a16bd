/**
 * Rules of the budget frame (budjettikehys), shared by the input model's defaults and the sheets'
 * templates.
 */

/**
 * docs/sources.md#state-share-limit: the frame may count at most 95 % of the members' TE state
 * share.
 */
export const STATE_SHARE_LIMIT = 0.95;
/**
 * docs/sources.md#structural-change: up to 20 % growth in broad unemployment is covered by
 * reallocation.
 */
export const STRUCTURAL_CHANGE_LIMIT = 0.2;
/** A frame covers at least two planning years (docs/sources.md#planning-years) and at most ten. */
export const MIN_PLANNING_YEARS = 2;
export const MAX_PLANNING_YEARS = 10;
