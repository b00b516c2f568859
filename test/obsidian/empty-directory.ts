import type { Directory } from "../../src/model/person";

/** A directory that knows nobody, for tests that extract without People notes. */
export const EMPTY_DIRECTORY_FOR_TESTS: Directory = Object.freeze({ people: [], teams: [], resolve: () => null });
