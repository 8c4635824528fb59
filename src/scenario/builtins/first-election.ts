// 1. The first election (§5.2): followers time out, a candidate collects a majority of
// votes and leads; then one write is replicated and committed (§5.3). PreVote is off so
// that the election is exactly the paper's; the prevote scenario shows the difference.

import { defineBuiltin, nodeIds, predict, put, request, say } from './define';

export const firstElection = defineBuiltin('first-election', {
  name: { en: 'The first election', 'zh-CN': '第一次选举' },
  description: {
    en: 'Five nodes start as followers with no leader. Watch an election timer run out, a candidate ask for votes and win a majority (Raft §5.2), then a client write get replicated and committed (§5.3).',
    'zh-CN': '五个节点都以跟随者身份启动，此时没有领导者。观察选举计时器到期、候选人请求投票并赢得多数票（Raft §5.2），然后观察一次客户端写入如何被复制和提交（§5.3）。',
  },
  seed: 1,
  cluster: { nodes: nodeIds(5), preVote: false },
  until: 1500,
  steps: [
    say(0, 'All five nodes are followers in term 0, and there is no leader. Each waits for a random election timeout between 150 and 300 ms (§5.2). Watch the timers.', '五个节点都是任期 0 的跟随者，还没有领导者。每个节点等待一个 150 到 300 毫秒之间的随机选举超时（§5.2）。请观察计时器。'),
    predict(say(204, "n1's timer ran out first. It became a candidate: it moved to term 1, voted for itself and sent RequestVote to the other four (Figure 2).", 'n1 的计时器最先到期。它成为候选人：进入任期 1，给自己投票，并向其他四个节点发送 RequestVote（图 2）。'), {
      ask: { en: 'How many of the other four nodes will grant n1 their vote?', 'zh-CN': '其他四个节点中，有几个会把票投给 n1？' },
      choices: [
        { en: 'All four', 'zh-CN': '全部四个' },
        { en: 'Only two: a bare majority with its own vote', 'zh-CN': '只有两个：加上自己的一票刚好过半' },
        { en: 'None: each votes for itself', 'zh-CN': '一个也没有：每个节点都投给自己' },
      ],
      answer: 0,
      explain: {
        en: 'None of them has voted in term 1 yet, and none has a log newer than n1 (all are empty). A follower grants the first request of a term that passes both checks (§5.2, §5.4.1).',
        'zh-CN': '它们在任期 1 中都还没有投过票，日志也都不比 n1 新（全部为空）。跟随者会把票投给本任期中第一个通过这两项检查的请求（§5.2、§5.4.1）。',
      },
    }),
    say(218, 'Each follower granted its vote: it had not voted in term 1 yet, and the log of n1 is at least as up to date as its own (§5.4.1). A vote is saved to disk before the reply is sent.', '每个跟随者都投了赞成票：它在任期 1 中还没有投过票，而且 n1 的日志至少和自己的一样新（§5.4.1）。选票在回复之前先持久化到磁盘。'),
    say(223, 'n1 has a majority (3 of 5 is enough) and leads term 1. It appends a no-op entry of its term and sends AppendEntries, which also serve as heartbeats that keep the followers from starting elections.', 'n1 获得多数票（5 票中有 3 票即可），成为任期 1 的领导者。它追加一条本任期的空操作条目并发送 AppendEntries，这些消息同时也是心跳，阻止跟随者发起选举。'),
    say(241, 'The no-op is stored on a majority, so n1 commits index 1. Followers learn the new commit index from the next AppendEntries.', '空操作条目已存储在多数节点上，因此 n1 提交了索引 1。跟随者会从下一条 AppendEntries 中得知新的提交索引。'),
    put(1000, 'c1', 'greeting', 'hello'),
    say(1045, 'A client sent put greeting=hello to n4, a follower, which forwarded it to the leader. n1 appended it at index 2, replicated it and committed it once 3 of 5 nodes stored it (§5.3).', '客户端把 put greeting=hello 发给了跟随者 n4，n4 把它转发给领导者。n1 把它追加到索引 2，复制给其他节点，并在 5 个节点中有 3 个存储它之后提交（§5.3）。'),
    request(1100, 'c1', { type: 'get', key: 'greeting' }),
    say(1160, 'The get is linearizable: n4 asked the leader for its commit index, the leader checked with one heartbeat round that it still leads (ReadIndex, thesis 6.4), and n4 answered hello once it had applied that index.', '这次 get 是线性一致读：n4 向领导者询问提交索引，领导者通过一轮心跳确认自己仍是领导者（ReadIndex，论文 6.4 节），n4 在应用到该索引后返回 hello。'),
  ],
});
