// Types of townfisc.js: the declarations of the public API, emitted by scripts/notebooks.ts.
export * from '../.types/index';
export * from '../.types/scenario/loadFile';
export * from '../.types/frames';
