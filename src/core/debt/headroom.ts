/** Headroom formulas (SPEC §6 "Headroom") now live with the rules: re-exported for existing importers. */
export { ceilingHeadroom, floorHeadroom, shareCeilingHeadroom, shareFloorHeadroom, onWarningHeadroom } from '../rules/headroom.ts';
