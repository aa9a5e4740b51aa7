import { lazy, type ComponentType } from 'react';

/** React.lazy for a named export: the page's code is fetched on its first visit. */
export function lazyPage<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return lazy(async () => ({ default: (await load())[name] }));
}
