/**
 * PLACEHOLDER owned by the custom-functions work.
 * @customfunction HTV_TARVE
 * @param {number} asiakkaat Clients
 * @returns {number} Person-years
 */
export function htvTarve(asiakkaat: number): number {
  return asiakkaat;
}
