/**
 * Whether the built CLI (`dist/cli/`, made by src/tools/build-cli.mjs) still matches its
 * sources: every file listed in its `inputs.json` has the recorded mtime and size. Plain
 * JavaScript, because `bin.js` calls it before any TypeScript loader is registered.
 *
 * @param {string} inputsJson the text of `inputs.json`
 * @param {(path: string) => { mtimeMs: number, size: number }} stat throws when a file is missing
 * @returns {boolean}
 */
export function isFreshBuild(inputsJson, stat) {
  try {
    const { files } = JSON.parse(inputsJson);
    const entries = Object.entries(files);
    if (entries.length === 0) return false;
    for (const [path, [mtimeMs, size]] of entries) {
      const s = stat(path);
      if (s.mtimeMs !== mtimeMs || s.size !== size) return false;
    }
    return true;
  } catch {
    return false;
  }
}
