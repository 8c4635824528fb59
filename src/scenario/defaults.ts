// The scenario the page opens with, and a helper that makes valid scenarios for tests.

import type { ClusterConfig, NetworkConfig, Scenario } from '../sim/scenario-types';
import { parseScenario } from './parse';

/** A healthy five-node cluster: an election, then one write and one read. */
export function defaultScenario(): Scenario {
  return makeScenario({
    name: { en: 'A healthy five-node cluster', 'zh-CN': '健康的五节点集群' },
    description: {
      en: 'Five etcd nodes elect a leader, then a client writes a key and reads it back. Crash a node, cut a link or send your own requests to see how Raft keeps going.',
      'zh-CN': '五个 etcd 节点选出领导者，随后客户端写入一个键并把它读回。你可以让节点宕机、切断链路或发送自己的请求，观察 Raft 如何继续工作。',
    },
    cluster: { nodes: ['n1', 'n2', 'n3', 'n4', 'n5'] },
    steps: [
      {
        at: 0,
        do: 'narrate',
        text: {
          en: 'Every node starts as a follower. The first whose election timer fires becomes a candidate and asks the others for votes.',
          'zh-CN': '所有节点都以跟随者身份启动。选举计时器最先到期的节点成为候选人，并向其他节点请求投票。',
        },
      },
      { at: 2000, do: 'client', client: 'c1', op: { type: 'put', key: 'greeting', value: 'hello' } },
      {
        at: 2000,
        do: 'narrate',
        text: {
          en: 'A client writes greeting = hello. The leader appends it to its log and replicates it; once a majority has it, it is committed.',
          'zh-CN': '客户端写入 greeting = hello。领导者把它追加到自己的日志并复制给其他节点；多数节点拥有它之后，它就被提交了。',
        },
      },
      { at: 3000, do: 'client', client: 'c1', op: { type: 'get', key: 'greeting' } },
    ],
  });
}

export interface ScenarioOverrides extends Partial<Omit<Scenario, 'version' | 'cluster' | 'network'>> {
  cluster?: Partial<ClusterConfig>;
  network?: Partial<NetworkConfig>;
}

/**
 * A valid scenario from a few fields: three nodes n1 to n3, seed 1, SCENARIO.md's defaults
 * for the rest. Throws with the validation error when the overrides make it invalid.
 */
export function makeScenario(overrides: ScenarioOverrides = {}): Scenario {
  const { cluster, network, ...rest } = overrides;
  const result = parseScenario({
    version: 1,
    seed: 1,
    ...rest,
    cluster: { nodes: ['n1', 'n2', 'n3'], ...cluster },
    network: { ...network },
  });
  if (!result.ok) throw new Error(`makeScenario: ${result.error}`);
  return result.scenario;
}
