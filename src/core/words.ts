/**
 * The shape of a text module with every text a plain string: a Spanish twin must have the same
 * keys and function signatures as the English, and choice values (`value`) exactly the same.
 */
export type Words<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Words<R>
    : T extends readonly unknown[]
      ? { readonly [K in keyof T]: Words<T[K]> }
      : T extends object
        ? { [K in keyof T]: K extends 'value' ? T[K] : Words<T[K]> }
        : T;

/** true when A and B have the same keys. */
export type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
