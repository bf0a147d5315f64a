/** Types of `freshBuild.js` (plain JavaScript so `bin.js` can call it before tsx is registered). */
export declare function isFreshBuild(inputsJson: string, stat: (path: string) => { mtimeMs: number; size: number }): boolean;
