/** Engine version reported in every result and report (SPEC §2: a printed report traces to its inputs). Kept equal to package.json's version by a test. */
export const ENGINE_VERSION = '0.1.0';
