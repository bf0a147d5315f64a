/** Units of SPEC §7: 1 km² = 1,500 亩 (mu), i.e. 亩 = 1/1500 km². */
export const MU_PER_KM2 = 1500;

/** km² → mu. */
export function kmToMu(km2: number): number {
  return km2 * MU_PER_KM2;
}
