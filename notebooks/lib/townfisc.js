// The notebooks' one door to townfisc: its public API (src/index.ts, the scenario loader
// src/scenario/loadFile.ts, the DataFrames of src/frames.ts), run from the TypeScript
// sources through tsx. Types: townfisc.d.ts → ../.types (emitted by scripts/notebooks.ts).
const { require: tsxRequire } = require('tsx/cjs/api');

module.exports = {
  ...tsxRequire('../../src/index.ts', __filename),
  ...tsxRequire('../../src/scenario/loadFile.ts', __filename),
  ...tsxRequire('../../src/frames.ts', __filename),
};
