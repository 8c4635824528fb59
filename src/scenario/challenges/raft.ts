// Built-in challenges on Raft itself (elections §5.2, replication §5.3, safety §5.4). Each
// one's test (test/scenario/challenges-builtin.test.ts) plays a known solution and a near miss.

import { nodeIds } from '../builtins/define';
import { defineChallenge } from './define';

const FIVE = { nodes: nodeIds(5) };

export const firstLeader = defineChallenge('first-leader', {
  name: { en: 'Pick the first leader', 'zh-CN': '选出第一个领导者' },
  description: { en: 'Five followers, no leader yet. Left alone, n4 would win term 1.', 'zh-CN': '五个跟随者，还没有领导者。放任不管的话，n4 会赢得任期 1。' },
  task: { en: 'Make n1 the leader of term 1, with one "trigger timeout".', 'zh-CN': '只用一次“触发超时”，让 n1 成为任期 1 的领导者。' },
  hint: { en: 'The first node whose election timer fires asks for votes first (§5.2). Act before 150 ms.', 'zh-CN': '选举计时器最先到期的节点最先请求投票（§5.2）。要在 150 毫秒之前行动。' },
  goal: { leader: { node: 'n1', termAtMost: 1 } },
  actions: { allow: ['timeout'], max: 1 },
  seed: 7,
  cluster: FIVE,
  until: 2000,
});

export const leaderCrashRecovery = defineChallenge('new-leader-after-crash', {
  name: { en: 'Survive a leader crash', 'zh-CN': '挺过领导者宕机' },
  description: { en: 'A five-node cluster elects a leader in term 1.', 'zh-CN': '五节点集群在任期 1 选出了领导者。' },
  task: { en: 'With one crash, make the cluster elect a leader of term 2 or later.', 'zh-CN': '只用一次宕机，让集群选出任期 2 或更高任期的领导者。' },
  hint: { en: 'Followers only start an election when they stop hearing from the leader (§5.2). Which node must go?', 'zh-CN': '只有收不到领导者的消息时，跟随者才会发起选举（§5.2）。应该让哪个节点宕机？' },
  goal: { all: [{ crashed: {} }, { leader: { termAtLeast: 2 } }] },
  actions: { allow: ['crash'], max: 1 },
  seed: 7,
  cluster: FIVE,
  until: 3000,
});

export const splitVoteChallenge = defineChallenge('cause-split-vote', {
  name: { en: 'Cause a split vote', 'zh-CN': '制造选票分裂' },
  description: { en: 'Five followers, PreVote off: every timeout is a real candidacy, as in the paper.', 'zh-CN': '五个跟随者，关闭 PreVote：和论文中一样，每次超时都是真正的竞选。' },
  task: { en: 'Make a term end without a leader because its votes split between candidates.', 'zh-CN': '让某个任期因为选票被多个候选人瓜分而没有领导者。' },
  hint: { en: 'Several candidates in the same term, at almost the same moment, each vote for themselves (§5.2).', 'zh-CN': '同一任期里几乎同时出现几个候选人，它们都给自己投票（§5.2）。' },
  goal: { splitVote: {} },
  actions: { allow: ['timeout'], max: 3 },
  seed: 2,
  cluster: { nodes: nodeIds(5), preVote: false },
  until: 2000,
});

export const n3Term3 = defineChallenge('n3-leads-term-3', {
  name: { en: 'n3 leads term 3, nothing crashed', 'zh-CN': 'n3 领导任期 3，且无人宕机' },
  description: { en: 'n4 wins term 1. Move leadership without crashing anything.', 'zh-CN': 'n4 赢得任期 1。不让任何节点宕机，转移领导权。' },
  task: { en: 'Make n3 the leader of a term of 3 or more, without crashing any node (at most 3 actions).', 'zh-CN': '不让任何节点宕机，让 n3 成为任期不小于 3 的领导者（最多 3 个操作）。' },
  hint: { en: 'Every leadership transfer starts a new term (etcd MsgTimeoutNow).', 'zh-CN': '每次领导权转移都会开始一个新任期（etcd 的 MsgTimeoutNow）。' },
  goal: { all: [{ leader: { node: 'n3', termAtLeast: 3 } }, { never: { crashed: {} } }] },
  actions: { allow: ['transfer', 'timeout', 'partition', 'isolate', 'heal', 'link'], max: 3 },
  seed: 7,
  cluster: FIVE,
  until: 4000,
});

export const commitWhileCut = defineChallenge('commit-while-cut', {
  name: { en: 'Commit without n1 and n2', 'zh-CN': '没有 n1 和 n2 也能提交' },
  description: { en: 'Five nodes: a majority is three.', 'zh-CN': '五个节点：多数是三个。' },
  task: { en: 'Make an entry commit while n1 and n2 are both cut off from the leader.', 'zh-CN': '在 n1 和 n2 都与领导者断开时，让一个日志条目被提交。' },
  hint: { en: 'An entry commits once a majority stores it (§5.3): three of five are enough. Then send a write.', 'zh-CN': '条目被多数节点保存后即提交（§5.3）：五个中的三个就够了。然后发送一次写入。' },
  goal: { commitsWhile: { cut: ['n1', 'n2'] } },
  actions: { allow: ['partition', 'isolate', 'link', 'heal', 'client'], max: 4 },
  seed: 7,
  cluster: FIVE,
  until: 4000,
});

export const loseCommitted = defineChallenge('lose-committed-entry', {
  name: { en: 'Break Leader Completeness', 'zh-CN': '打破领导者完整性' },
  description: { en: 'Broken on purpose: skip-vote-log-check grants votes without the up-to-date check (§5.4.1). PreVote is off.', 'zh-CN': '故意打破：skip-vote-log-check 投票时不做“日志至少一样新”的检查（§5.4.1）。PreVote 已关闭。' },
  task: { en: 'Make the cluster lose an entry that was committed.', 'zh-CN': '让集群丢失一个已经提交的条目。' },
  hint: { en: 'Keep one node away while a write commits, then let it come back and win an election.', 'zh-CN': '写入提交时让一个节点离开，然后让它回来并赢得选举。' },
  goal: { entryLost: {} },
  actions: { allow: ['isolate', 'partition', 'link', 'heal', 'client', 'timeout'], max: 4 },
  seed: 7,
  cluster: { nodes: nodeIds(3), preVote: false, bugs: ['skip-vote-log-check'] },
  until: 4000,
});
