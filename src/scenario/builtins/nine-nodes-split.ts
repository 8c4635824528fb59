// 10. Nine nodes split three ways: no group holds a majority (5 of 9), so nobody can lead
// or commit anything until the network heals (§5.2); CheckQuorum (thesis 6.2) makes the
// old leader give up, and PreVote (thesis 9.6) keeps the terms from climbing meanwhile.

import { defineBuiltin, nodeIds, put, say } from './define';

export const nineNodesSplit = defineBuiltin('nine-nodes-split', {
  name: { en: 'Nine nodes split 3-3-3: no majority anywhere', 'zh-CN': '九个节点分裂为 3-3-3：任何一方都没有多数派' },
  description: {
    en: 'A nine-node cluster is split into three groups of three. A majority needs five nodes, so no group can elect a leader or commit a write: the cluster is unavailable but safe. When the network heals, a leader is elected at once.',
    'zh-CN': '九节点集群被分成三组，每组三个节点。多数派需要五个节点，所以没有哪一组能选出领导者或提交写入：集群不可用，但依然安全。网络恢复后，立刻就能选出领导者。',
  },
  seed: 1,
  cluster: { nodes: nodeIds(9) },
  until: 3500,
  steps: [
    put(500, 'c1', 'x', '1'),
    say(570, 'Nine nodes; n1 leads term 1 and x=1 is committed. A majority of nine is five.', '九个节点；n1 是任期 1 的领导者，x=1 已提交。九个节点的多数是五个。'),
    { at: 1000, do: 'partition', groups: [['n1', 'n2', 'n3'], ['n4', 'n5', 'n6'], ['n7', 'n8', 'n9']] },
    say(1001, 'The network splits into three groups of three. No group has five nodes.', '网络分裂成三组，每组三个节点。没有哪一组有五个节点。'),
    say(1143, 'n1 heard from only 2 of its 8 followers during an election timeout, so CheckQuorum made it step down. Now no node leads, anywhere.', 'n1 在一个选举超时内只收到 8 个跟随者中 2 个的回应，于是 CheckQuorum 让它退位。现在任何地方都没有领导者。'),
    say(1203, 'The other groups time out too. With PreVote, a node first asks for pre-votes; it can gather at most 3, never 5, so nobody becomes a candidate and every term stays at 1.', '其他组也超时了。开启预投票后，节点会先请求预投票；它最多只能得到 3 票，永远到不了 5 票，所以没有节点成为候选人，所有任期都停留在 1。'),
    put(1500, 'c1', 'x', '2'),
    say(1664, 'A client tried put x=2. Every node it asked answered "no leader", and the client gave up. The cluster is unavailable, but safe: nothing can be committed without a majority.', '客户端尝试执行 put x=2。它询问的每个节点都回答“没有领导者”，客户端最终放弃。集群不可用，但是安全：没有多数派就无法提交任何内容。'),
    { at: 3000, do: 'heal' },
    say(3034, 'The network heals. n6, n2 and n8 all ran for term 2; n6 got 5 votes first and leads. The others return to followers.', '网络恢复。n6、n2、n8 同时竞选任期 2；n6 最先得到 5 票，成为领导者。其他候选人退回跟随者。'),
    put(3200, 'c1', 'x', '3'),
    say(3259, 'The cluster works again: x=3 is committed in term 2.', '集群恢复工作：x=3 在任期 2 中提交。'),
  ],
});
