/** PPP project of SPEC §4.1 (being built in issue #4). */
export interface PppProject {
  readonly id: string;
  readonly name: string;
}
