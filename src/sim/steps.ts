// Carrying out scenario steps (SCENARIO.md "Steps"). A step that finds nothing to do
// is still valid; the trace says so with a noop event.

import type { Simulation } from './simulation';
import type { Step } from './scenario-types';
import { changeMembership } from './membership';

export function runStep(sim: Simulation, index: number): void {
  const step = sim.scenario.steps[index];
  if (!step) return;
  const skip = (reason: string) => sim.recorder.record(() => ({ t: sim.now, ev: 'noop', step: index, do: step.do, reason }));
  const reason = perform(sim, step, index);
  if (reason) skip(reason);
}

/** Resolves "leader" to the node leading the highest term now (SCENARIO.md). */
function resolveNode(sim: Simulation, ref: string): string | undefined {
  return ref === 'leader' ? sim.leader()?.id : ref;
}

/** Does the step; returns why it did nothing, if it did nothing. */
function perform(sim: Simulation, step: Step, index: number): string | undefined {
  const rec = sim.recorder;
  switch (step.do) {
    case 'crash':
    case 'restart':
    case 'isolate':
    case 'timeout':
      return nodeStep(sim, step.do, step.node);
    case 'partition':
      sim.network.partition(step.groups);
      rec.record(() => ({ t: sim.now, ev: 'partition', groups: step.groups.map((g) => [...g]) }));
      return undefined;
    case 'heal':
      if (sim.network.isHealthy()) return 'the network is already whole';
      sim.network.heal();
      rec.record(() => ({ t: sim.now, ev: 'heal' }));
      return undefined;
    case 'link':
      sim.network.setLink(step.from, step.to, step.state === 'up');
      rec.record(() => ({ t: sim.now, ev: 'link', from: step.from, to: step.to, state: step.state }));
      return undefined;
    case 'loss':
      sim.network.loss = step.rate;
      rec.record(() => ({ t: sim.now, ev: 'loss', rate: step.rate }));
      return undefined;
    case 'transfer':
      return transfer(sim, step.to);
    case 'narrate':
      rec.record(() => ({ t: sim.now, ev: 'narrate', step: index }));
      return undefined;
    case 'etcdctl':
      // The console (src/etcdctl) acts on this event; the simulation itself only marks it.
      rec.record(() => ('line' in step ? { t: sim.now, ev: 'etcdctl', step: index, client: step.client, line: step.line } : { t: sim.now, ev: 'etcdctl', step: index, client: step.client, interrupt: true }));
      return undefined;
    case 'client': {
      const node = step.node === undefined ? undefined : resolveNode(sim, step.node);
      if (step.node !== undefined && !node) return 'there is no leader';
      const client = sim.clientProcesses.client(step.client);
      if (client.crashed) return `client ${step.client} has crashed`;
      client.submit(step.op, node, step.endpoints);
      return undefined;
    }
    case 'client-crash':
      if (sim.clientProcesses.client(step.client).crashed) return `client ${step.client} has already crashed`;
      sim.recorder.record(() => ({ t: sim.now, ev: 'client-crash', client: step.client }));
      sim.clientProcesses.crash(step.client);
      return undefined;
    case 'add-node':
    case 'remove-node':
    case 'promote':
      return changeMembership(sim, step);
  }
}

function nodeStep(sim: Simulation, action: 'crash' | 'restart' | 'isolate' | 'timeout', ref: string): string | undefined {
  const id = resolveNode(sim, ref);
  if (!id) return 'there is no leader';
  if (!sim.isNode(id)) return `${id} is not a node of this cluster`;
  if (sim.isRetired(id)) return `${id} was removed from the cluster`;
  const up = sim.isUp(id);
  switch (action) {
    case 'crash':
      if (!up) return `${id} is already down`;
      sim.processes.crash(id);
      return undefined;
    case 'restart':
      if (up) return `${id} is already running`;
      sim.processes.restart(id);
      return undefined;
    case 'isolate':
      sim.network.isolate(id);
      sim.recorder.record(() => ({ t: sim.now, ev: 'isolate', node: id }));
      return undefined;
    case 'timeout':
      if (!up) return `${id} is down`;
      sim.recorder.record(() => ({ t: sim.now, ev: 'timeout', node: id }));
      sim.processes.withServer(id, (s) => s.campaignNow(sim.now));
      return undefined;
  }
}

function transfer(sim: Simulation, to: string): string | undefined {
  const leader = sim.leader();
  if (!leader) return 'there is no leader';
  if (leader.id === to) return `${to} already leads`;
  sim.recorder.record(() => ({ t: sim.now, ev: 'transfer', from: leader.id, to }));
  sim.processes.withServer(leader.id, (s) => s.transferLeadership(to, sim.now));
  return undefined;
}
