// A client step's `endpoints` (an extension of SCENARIO.md): the etcd client's endpoint
// list, as etcdctl's --endpoints gives it. The client then contacts only these nodes and
// retries among them, so a request can be pinned to one node (etcdctl's endpoint health
// asks each endpoint with a client that knows only that endpoint).

import { RECIPE_OPS, type ClientOp } from '../sim/scenario-types';
import { MAX_KNOWN_NODES } from './limits';
import { fail, indexPath, list, quote, type Reader } from './read';


/** A non-empty list of distinct known node ids ("leader" is not one: the list is fixed when the client starts). */
export function endpointsReader(node: Reader<string>): Reader<string[]> {
  const read = list(MAX_KNOWN_NODES, node, 'a list of node ids');
  return (value, path) => {
    const nodes = read(value, path);
    if (nodes.length === 0) fail(path, 'endpoints needs at least one node id (leave it out to let the client use every node)');
    nodes.forEach((n, i) => {
      if (nodes.indexOf(n) !== i) fail(indexPath(path, i), `${quote(n)} is already in endpoints[${nodes.indexOf(n)}]`);
    });
    return nodes;
  };
}

/** The endpoints fit the op: a recipe's requests go wherever the recipe sends them. */
export function checkEndpointsFor(op: ClientOp, path: string): void {
  if (RECIPE_OPS.includes(op.type)) fail(path, `endpoints is not supported for a ${op.type} op (its recipe chooses the nodes it contacts); only for single requests`);
}
