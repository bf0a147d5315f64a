/** Investment sub-fund of SPEC §5 (being built in issue #5). */
export interface Fund {
  readonly id: string;
  readonly name: string;
}
