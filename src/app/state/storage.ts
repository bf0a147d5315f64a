/** Autosave of the user's library in IndexedDB (idb-keyval); a stored value of the wrong shape is ignored. */
import { get, set } from 'idb-keyval';
import { EMPTY_LIBRARY, isLibrary, type Library } from './library.ts';

const KEY = 'townfisc.library.v1';

export async function loadLibrary(): Promise<Library> {
  try {
    const v: unknown = await get(KEY);
    return isLibrary(v) ? v : EMPTY_LIBRARY;
  } catch {
    return EMPTY_LIBRARY;
  }
}

export async function saveLibrary(lib: Library): Promise<void> {
  await set(KEY, lib);
}
