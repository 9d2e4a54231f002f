import { Kind, visit, type DocumentNode } from 'graphql';

/** Whether a fragment spreads itself, directly or through other fragments. */
export function hasFragmentCycle(document: DocumentNode): boolean {
  const spreads = new Map<string, string[]>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const names: string[] = [];
    visit(definition.selectionSet, { FragmentSpread: (node) => void names.push(node.name.value) });
    spreads.set(definition.name.value, names);
  }

  const done = new Set<string>();
  const reachesItself = (name: string, path: Set<string>): boolean => {
    if (path.has(name)) return true;
    if (done.has(name)) return false;
    path.add(name);
    const cyclic = (spreads.get(name) ?? []).some((next) => reachesItself(next, path));
    path.delete(name);
    done.add(name);
    return cyclic;
  };
  return [...spreads.keys()].some((name) => reachesItself(name, new Set()));
}
