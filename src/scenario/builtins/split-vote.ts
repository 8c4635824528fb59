// 3. A split vote (§5.2): three followers time out at the same moment, the votes split and
// nobody wins the term; randomized timeouts make the next try succeed. PreVote is off so
// that each timeout is a real candidacy, as in the paper.

import { defineBuiltin, nodeIds, predict, say } from './define';

export const splitVote = defineBuiltin('split-vote', {
  name: { en: 'Split vote and randomized timeouts', 'zh-CN': '选票分裂与随机超时' },
  description: {
    en: 'Three of five nodes time out at the same moment and all ask for votes in term 1. The votes split and nobody wins; their next timeouts are random, so one of them tries first and wins term 2 (Raft §5.2).',
    'zh-CN': '五个节点中有三个在同一时刻超时，都在任期 1 中请求投票。选票被瓜分，没有人获胜；它们下一次的超时时间是随机的，于是其中一个先发起选举并赢得任期 2（Raft §5.2）。',
  },
  seed: 2,
  cluster: { nodes: nodeIds(5), preVote: false },
  until: 1000,
  steps: [
    say(0, 'Five followers, no leader yet. At 100 ms the election timers of n1, n2 and n3 are forced to run out at the same moment, as if their random timeouts had happened to coincide.', '五个跟随者，还没有领导者。在 100 毫秒时，n1、n2、n3 的选举计时器被强制同时到期，就像它们的随机超时恰好相同一样。'),
    { at: 100, do: 'timeout', node: 'n1' },
    { at: 100, do: 'timeout', node: 'n2' },
    { at: 100, do: 'timeout', node: 'n3' },
    predict(say(101, 'n1, n2 and n3 are all candidates of term 1. Each voted for itself, so each will refuse the other two: one vote per term (Figure 2).', 'n1、n2、n3 都是任期 1 的候选人。它们都给自己投了票，因此都会拒绝另外两个：每个任期只能投一票（图 2）。'), {
      ask: { en: 'Who will lead term 1?', 'zh-CN': '谁会成为任期 1 的领导者？' },
      choices: [
        { en: 'n1', 'zh-CN': 'n1' },
        { en: 'n2', 'zh-CN': 'n2' },
        { en: 'n3', 'zh-CN': 'n3' },
        { en: 'Nobody: term 1 ends without a leader', 'zh-CN': '没有人：任期 1 没有领导者' },
      ],
      answer: 3,
      explain: {
        en: 'Each candidate has its own vote and refuses the other two. Only n4 and n5 are left, and a candidate needs both to reach 3 of 5; but each grants the first request that reaches it, and those came from different candidates.',
        'zh-CN': '三个候选人各自占了一票，五票中只剩 n4 和 n5 两票可分。一个候选人要拿到 3 票，需要这两票都投给它，但它们各自投给了最先到达的请求，而这两个请求来自不同的候选人。',
      },
    }),
    say(111, 'n4 voted for n2 and n5 for n1: each grants the first request that reaches it. Now n1 has 2 votes, n2 has 2 and n3 has 1. Nobody has the 3 of 5 it needs.', 'n4 投给了 n2，n5 投给了 n1：每个节点都把票投给最先到达的请求。现在 n1 有 2 票，n2 有 2 票，n3 有 1 票，没有人得到所需的 3 票。'),
    say(130, 'Each candidate has been refused by a majority, so it knows it lost, and (as in etcd) goes back to being a follower. Term 1 will never have a leader. Each node now waits a new random timeout.', '每个候选人都被多数节点拒绝，知道自己落选了，于是（和 etcd 一样）退回跟随者。任期 1 将永远没有领导者。每个节点重新等待一个新的随机超时。'),
    say(296, 'The new random timeout of n2 ran out first: this time it alone is a candidate, for term 2.', 'n2 新的随机超时最先到期：这次只有它一个候选人，竞选任期 2。'),
    say(317, 'n2 won term 2. Because timeouts are drawn at random from a range much longer than a round of votes, split votes are rare and end quickly (§5.2).', 'n2 赢得了任期 2。由于超时是从一个远大于一轮投票耗时的区间中随机选取的，选票分裂很少发生，而且很快就会结束（§5.2）。'),
  ],
});
