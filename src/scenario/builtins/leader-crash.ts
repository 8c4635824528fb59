// 2. The leader crashes: followers stop hearing heartbeats, one times out and wins a new
// term (§5.2); the old leader comes back as a follower and catches up (§5.3).

import { defineBuiltin, nodeIds, predict, put, say } from './define';

export const leaderCrash = defineBuiltin('leader-crash', {
  name: { en: 'Leader crash and re-election', 'zh-CN': '领导者宕机与重新选举' },
  description: {
    en: 'The leader of a five-node cluster crashes. The followers stop hearing heartbeats, elect a new leader in a higher term and keep serving writes; the old leader restarts as a follower and catches up.',
    'zh-CN': '五节点集群的领导者宕机。跟随者收不到心跳，在更高的任期中选出新的领导者并继续处理写请求；旧领导者重启后成为跟随者并追上日志。',
  },
  seed: 8,
  cluster: { nodes: nodeIds(5) },
  until: 3000,
  steps: [
    say(232, 'n3 timed out first and leads term 1. It sends a heartbeat every 50 ms; each one restarts the election timers of the followers.', 'n3 最先超时，成为任期 1 的领导者。它每 50 毫秒发送一次心跳；每次心跳都会重置跟随者的选举计时器。'),
    put(500, 'c1', 'x', '1'),
    say(556, 'The client wrote x=1: index 2, committed and applied on all five nodes.', '客户端写入 x=1：索引 2，已在全部五个节点上提交并应用。'),
    { at: 1000, do: 'crash', node: 'leader' },
    predict(say(1001, 'The leader n3 crashes. Nothing tells the followers: they just stop hearing heartbeats. Watch whose election timer runs out first.', '领导者 n3 宕机。没有任何消息通知跟随者：它们只是再也收不到心跳。观察谁的选举计时器最先到期。'), {
      ask: { en: 'x=1 was committed by n3. Will the next leader still have x=1 in its log?', 'zh-CN': 'x=1 已由 n3 提交。下一任领导者的日志里还会有 x=1 吗？' },
      choices: [
        { en: 'Yes, whoever wins', 'zh-CN': '会，无论谁当选' },
        { en: 'Only if the new leader happens to have it', 'zh-CN': '只有新领导者恰好有它时才会' },
        { en: 'No: it was lost with the crashed leader', 'zh-CN': '不会：它随着宕机的领导者一起丢失了' },
      ],
      answer: 0,
      explain: {
        en: 'Committed means stored on a majority. Any winner needs votes from a majority, the two majorities share a node, and that node refuses a candidate whose log is behind its own (§5.4.1). So every later leader holds x=1 (Leader Completeness).',
        'zh-CN': '已提交意味着已存储在多数节点上。任何获胜者都需要多数节点的选票，两个多数派至少有一个公共节点，而这个节点会拒绝日志比自己旧的候选人（§5.4.1）。因此之后的每个领导者都拥有 x=1（领导者完整性）。',
      },
    }),
    say(1157, "n1's timer ran out first. With PreVote on, it first asks the others whether they would vote for it (a pre-vote, thesis 9.6), without raising its term.", 'n1 的计时器最先到期。由于开启了预投票，它先询问其他节点是否会投票给自己（预投票，论文 9.6 节），而不提升自己的任期。'),
    say(1197, 'n1 won term 2 with the votes of n2, n4 and n5: 4 of 5 is a majority even with n3 down. Its log holds x=1, as every later leader must hold every committed entry (Leader Completeness, §5.4).', 'n1 凭 n2、n4、n5 的选票赢得任期 2：即使 n3 宕机，5 票中的 4 票仍是多数。它的日志包含 x=1，因为之后的每个领导者都必须拥有所有已提交的条目（领导者完整性，§5.4）。'),
    put(1500, 'c1', 'x', '2'),
    say(1571, 'The cluster keeps working without n3: x=2 is committed at index 4 by n1, n2, n4 and n5.', '没有 n3，集群照常工作：x=2 在索引 4 上由 n1、n2、n4、n5 提交。'),
    { at: 2500, do: 'restart', node: 'n3' },
    say(2527, 'n3 restarted from its disk as a follower of term 1, heard a heartbeat of term 2 and took that term. The leader found that n3 lacked indexes 3 and 4 and sent them; n3 has caught up.', 'n3 从磁盘重启，成为任期 1 的跟随者；它收到任期 2 的心跳后采用了这个任期。领导者发现 n3 缺少索引 3 和 4，把它们发了过去；n3 已经追上。'),
  ],
});
