// The etcdctl console over a running simulation: a line becomes scenario steps (client
// operations of the console's client at the next virtual millisecond), and the trace's
// answers become etcdctl's output. Driven from inside the run by driver.ts, for the page's
// worker and `sim etcdctl` alike, so the two print the same. This file reads a line (a txn
// section by section) and runs the commands that answer once: requests, and the inspections
// that read the nodes' state (member list, endpoint status / health, move-leader, member
// add / remove / promote). What streams is in console-streams.ts; the machinery under both in
// console-core.ts.

import { endpointNode, endpointStatus, headerFor, members } from './nodes';
import { clientUrl, memberId } from './ids';
import { planLine, txnRequest, type Plan, type Request } from './plan';
import type { EndpointStatus, OutputFormat } from './print';
import { tokenize } from './tokenize';
import { parseTxnSections } from './txn-input';
import { completeLine } from './complete';
import { COMMAND_TIMEOUT_MS } from './in-flight';
import { runMemberChange, type MemberContext } from './member-commands';
import { printMemberChange } from './print-members';
import { HealthCheck, healthClient, healthGet } from './health';
import { ConsoleStreams } from './console-streams';
import { etcdError, retriedUntilDeadline } from './console-core';
import type { OpResult } from '../sim/trace-types';

export type { ConsoleAction, ConsoleHost, ConsoleLine } from './console-core';
/** etcdctl's --command-timeout default: a request unanswered this long fails. */
export { COMMAND_TIMEOUT_MS };
const TXN_PROMPTS = ['compares:', 'success requests (get, put, del):', 'failure requests (get, put, del):'];

export class EtcdctlConsole extends ConsoleStreams {
  /** The text shown before the input: etcdctl's txn prompts while a txn is being read. */
  prompt(): string | undefined {
    return this.txn ? TXN_PROMPTS[this.txn.sections.length - 1] : undefined;
  }

  complete(line: string): string[] {
    return completeLine(line, this.keys());
  }

  private keys(): string[] {
    const node = this.defaultNode();
    const store = node ? this.sim.query.store(node) : undefined;
    return store ? store.keys().map((kv) => kv.key) : [];
  }

  /** Runs one line typed at the prompt. */
  run(line: string): void {
    if (this.txn) return this.txnLine(line);
    if (line.trim() === '') return;
    const tokens = tokenize(line);
    if (!tokens.ok) return this.error(tokens.error);
    if (tokens.tokens.args.length === 0) return;
    const plan = planLine(tokens.tokens);
    if (plan.action.kind === 'txn-read') {
      this.txn = { plan, sections: [[]] };
      if (plan.action.interactive) this.emit([TXN_PROMPTS[0] as string]);
      return;
    }
    this.execute(plan);
  }

  private txnLine(line: string): void {
    const t = this.txn as { plan: Plan; sections: string[][] };
    const text = line.trim();
    const current = t.sections[t.sections.length - 1] as string[];
    if (text !== '') {
      current.push(text);
      return;
    }
    if (t.sections.length < 3) {
      t.sections.push([]);
      if (t.plan.action.kind === 'txn-read' && t.plan.action.interactive) this.emit([TXN_PROMPTS[t.sections.length - 1] as string]);
      return;
    }
    this.txn = undefined;
    const [c, s, f] = t.sections as [string[], string[], string[]];
    this.execute({ ...t.plan, action: txnRequest(parseTxnSections(c, s, f)) });
  }

  protected execute(plan: Plan): void {
    const a = plan.action;
    if (a.kind === 'usage') return this.emit(a.text.split('\n'));
    if (a.kind === 'error') return this.error(a.message);
    if (a.kind === 'printed') return a.lines.forEach((l) => this.emit([l.text], l.kind));
    const nodes = this.endpointNodes(plan);
    if (typeof nodes === 'string') return this.error(nodes);
    this.lineNodes = nodes;
    const node = nodes[0] as string;
    switch (a.kind) {
      case 'request':
        return this.request(a, plan.format, node);
      case 'show':
        return this.show(a.shown, plan.format, node, this.revisionAt(node));
      case 'members':
        return this.viaLiveEndpoint(nodes, 'context deadline exceeded', (n) => this.show({ kind: 'members', members: members(this.sim) }, plan.format, n, 0));
      case 'status':
        if (!a.cluster) return this.status(nodes, nodes, plan);
        return this.viaLiveEndpoint(nodes, 'failed to fetch endpoints from etcd cluster member list: context deadline exceeded', () => {
          const names = members(this.sim).map((m) => m.name);
          this.status(names, names.map(clientUrl), plan);
        });
      case 'health':
        return this.health(a.cluster ? this.sim.nodeIds.slice() : nodes, plan);
      case 'move-leader':
        return this.moveLeader(a.target, nodes, plan.format);
      case 'member-add':
      case 'member-remove':
      case 'member-promote':
        return this.viaLiveEndpoint(nodes, 'context deadline exceeded', (n) => runMemberChange(this.memberContext(plan.format, n), a));
      default:
        return this.startStream(a, plan.format, node);
    }
  }

  private endpointNodes(plan: Plan): string[] | string {
    const given = plan.endpoints ?? [this.defaultNode() ?? ''];
    const out: string[] = [];
    for (const ep of given) {
      const node = endpointNode(this.sim, ep);
      if (!node) return `unknown endpoint "${ep}" (the nodes are ${this.sim.nodeIds.join(', ')})`;
      out.push(node);
    }
    return out.length > 0 ? out : `no endpoints given`;
  }

  private defaultNode(): string | undefined {
    const e = this.endpoint;
    return e && this.sim.nodeIds.includes(e) ? e : this.sim.nodeIds[0];
  }

  private request(a: Request, format: OutputFormat, node: string): void {
    this.submit(a.op, node, (ok, r, error, invokedAt) => {
      if (!ok && retriedUntilDeadline(a.op, error)) return this.after(invokedAt + COMMAND_TIMEOUT_MS, () => this.error(etcdError(undefined, a.wrapError)));
      if (!ok) return this.error(etcdError(error, a.wrapError));
      if (a.after) return this.error(a.after);
      if (a.fixed) return this.emit(a.fixed(r as OpResult));
      this.show(a.show(r as OpResult), format, node, (r as OpResult).header.revision);
    });
  }

  /**
   * etcdctl asks each endpoint in turn (ep_command.go): one that is down costs the command
   * timeout and a "Failed to get the status" line; then the others are shown.
   */
  private status(nodes: readonly string[], labels: readonly string[], plan: Plan): void {
    const list: EndpointStatus[] = [];
    const from = (i: number): void => {
      for (; i < nodes.length; i++) {
        const st = endpointStatus(this.sim, labels[i] as string, nodes[i] as string);
        if (st) {
          list.push(st);
          continue;
        }
        const next = i + 1;
        return this.after(this.sim.now + COMMAND_TIMEOUT_MS, () => {
          this.emit([`Failed to get the status of endpoint ${labels[next - 1]} (context deadline exceeded)`], 'err');
          from(next);
        });
      }
      this.show({ kind: 'status', list }, plan.format, nodes[0] as string, 0);
    };
    from(0);
  }

  /** A request any of the line's endpoints answers at once; with all of them down, `error` after the command timeout. */
  private viaLiveEndpoint(nodes: readonly string[], error: string, then: (node: string) => void): void {
    const live = nodes.find((n) => this.sim.isUp(n));
    if (live !== undefined) return then(live);
    this.after(this.sim.now + COMMAND_TIMEOUT_MS, () => this.error(error));
  }

  /** etcdctl's health check: each endpoint asked by a client pinned to it (health.ts). */
  private health(nodes: string[], plan: Plan): void {
    const check = new HealthCheck(nodes, this.sim.now + 1);
    for (const node of nodes) {
      const client = healthClient(this.client, this.sim.nodeIds.indexOf(node));
      this.submit(healthGet(), node, (ok, _r, _error, invokedAt) => check.answer(node, ok, invokedAt, this.sim.now), client, true, [node]);
    }
    const show = () => {
      this.show({ kind: 'health', list: check.results() }, plan.format, nodes[0] as string, 0);
      if (!check.healthy()) this.error('unhealthy cluster');
    };
    // Printed when the last answer comes, or at the deadline if one never does.
    this.awaiting.push({ done: () => check.decided(this.sim.now), deadline: check.deadline, then: show, fail: 'unhealthy cluster', get timer() { return !check.healthy(); } });
  }

  /** etcdctl finds the leader among the endpoints and asks it to transfer (MoveLeader). */
  private moveLeader(target: bigint, nodes: string[], format: OutputFormat): void {
    const leader = nodes.find((n) => this.sim.servers.get(n)?.node.role === 'leader');
    if (!leader) return this.error(`no leader endpoint given at [${nodes.join(' ')}]`);
    const to = this.sim.nodeIds.find((n) => memberId(n) === target);
    if (!to || to === leader) return this.error('etcdserver: bad leader transferee');
    const refused = this.host.act({ do: 'transfer', to });
    if (refused) return this.error(refused);
    // etcd answers MoveLeader once the transferee leads (or the transfer timed out).
    this.awaiting.push({
      done: () => this.sim.servers.get(to)?.node.role === 'leader',
      deadline: this.sim.now + COMMAND_TIMEOUT_MS,
      then: () => this.show({ kind: 'move-leader', from: memberId(leader), to: target }, format, leader, this.revisionAt(leader)),
      fail: 'etcdserver: request timed out, leader transfer took too long',
    });
  }

  /** What member add / remove / promote use of the console (member-commands.ts). */
  private memberContext(format: OutputFormat, node: string): MemberContext {
    const deadline = this.sim.now + COMMAND_TIMEOUT_MS;
    return {
      sim: this.sim,
      act: (step) => this.host.act(step),
      error: (message) => this.error(message),
      show: (shown) => {
        const printed = printMemberChange(shown, format, headerFor(this.sim, node, 0));
        if (Array.isArray(printed)) return this.emit(printed);
        this.error(`${printed.unsupported} not supported as output format`);
      },
      awaitEvent: (match, then) => this.eventWaits.push({ match, then, deadline }),
      timeOut: () => this.after(deadline, () => this.error('context deadline exceeded')),
    };
  }
}
