/**
 * The shape of a UI dictionary: the English one's, so every language writes the same keys, and a key
 * missing from any of them is a type error. Its strings are plain `string`, not literals.
 */
export type Dictionary = typeof import('./en').dictionary;
