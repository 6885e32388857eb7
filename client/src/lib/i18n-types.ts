/** The shape of a translation file: every other language must have the same keys as English, with string values. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
