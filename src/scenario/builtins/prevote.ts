// 7. PreVote (thesis 9.6): a node cut off from the others keeps timing out. Without
// PreVote each timeout raises its term, and when it comes back its high term deposes a
// healthy leader. With PreVote it first asks whether it could win, hears nothing, and
// leaves its term alone. prevote-off.ts is the same run with PreVote off.

import type { Step } from '../../sim/scenario-types';
import type { Builtin, BuiltinFields } from './define';
import { defineBuiltin, nodeIds, predict, put, say } from './define';

/** The run both scenarios share: n3 is cut off for two seconds while the others write. */
export function rejoiningNode(preVote: boolean, narration: Step[]): Omit<BuiltinFields, 'name' | 'description'> {
  return {
    seed: 1,
    // CheckQuorum off in both, so that PreVote is the only difference.
    cluster: { nodes: nodeIds(5), preVote, checkQuorum: false },
    until: 3500,
    steps: [{ at: 500, do: 'isolate', node: 'n3' }, put(1000, 'c1', 'x', '1'), { at: 2500, do: 'heal' }, put(3000, 'c1', 'x', '2'), ...narration],
  };
}

/** Narrations the two runs share: the same events happen at the same times before n3 times out. */
export function sharedStart(preVote: boolean): Step[] {
  const mode = preVote ? ['on', '开启'] : ['off', '关闭'];
  return [
    say(241, `n1 leads term 1. In this run PreVote is ${mode[0]} (CheckQuorum is off, so that PreVote is the only difference with the other run).`, `n1 是任期 1 的领导者。本次运行${mode[1]}了预投票（CheckQuorum 关闭，使预投票成为与另一次运行的唯一区别）。`),
    say(501, 'n3 is cut off from every other node. It will stop hearing heartbeats: watch its term.', 'n3 与其他所有节点断开了。它将再也收不到心跳：请观察它的任期。'),
  ];
}

export const prevote: Builtin = defineBuiltin('prevote', {
  name: { en: 'PreVote: a returning node does not disrupt', 'zh-CN': '预投票：重新加入的节点不会扰乱集群' },
  description: {
    en: 'A follower is cut off for two seconds. With PreVote on, it asks whether it could win before raising its term, so its term stays where it was, and when it comes back the leader keeps leading (thesis 9.6). Compare with prevote-off.',
    'zh-CN': '一个跟随者被隔离了两秒钟。开启预投票后，它在提升任期之前先询问自己能否获胜，因此任期保持不变；它回来后，领导者继续领导（论文 9.6 节）。可与 prevote-off 场景对比。',
  },
  ...rejoiningNode(true, [
    ...sharedStart(true),
    say(660, 'n3 timed out. With PreVote it becomes a pre-candidate: it asks "would you vote for me in term 2?" without raising its own term. Nobody can answer, so it tries again later, still in term 1.', 'n3 超时了。开启预投票后，它成为预候选人：它询问“你会在任期 2 投票给我吗？”，但不提升自己的任期。没有节点能回应，所以它稍后再试，任期仍是 1。'),
    say(1066, 'The other four commit x=1 at index 2 without n3.', '其他四个节点在没有 n3 的情况下于索引 2 提交了 x=1。'),
    predict(say(2472, 'After two seconds and many tries, n3 is still in term 1.', '经过两秒钟和多次尝试，n3 仍处于任期 1。'), {
      ask: { en: 'The network heals at 2.5 s. Will n1 still be the leader afterwards?', 'zh-CN': '网络在 2.5 秒时恢复。之后 n1 还会是领导者吗？' },
      choices: [
        { en: 'Yes, n1 keeps leading term 1', 'zh-CN': '会，n1 继续领导任期 1' },
        { en: 'No, n3 takes over', 'zh-CN': '不会，n3 接管' },
        { en: 'No, there is a new election and someone else wins', 'zh-CN': '不会，重新选举后由别的节点获胜' },
      ],
      answer: 0,
      explain: {
        en: 'n3 never raised its term, so nothing it sends makes n1 step down, and its pre-votes are refused: the others hear from a leader, and its log lacks x=1.',
        'zh-CN': 'n3 从未提升任期，所以它发出的消息都不会迫使 n1 退位；它的预投票也会被拒绝：其他节点能收到领导者的消息，而且它的日志缺少 x=1。',
      },
    }),
    say(2555, "The network heals. n3 hears n1's heartbeat of term 1 and is a follower again; n1 never stopped leading and no term was used up. Pre-votes from n3 would be refused anyway: its log lacks x=1.", '网络恢复。n3 收到 n1 任期 1 的心跳，重新成为跟随者；n1 从未停止领导，也没有浪费任何任期。即便 n3 再请求预投票也会被拒绝：它的日志缺少 x=1。'),
    say(3066, 'x=2 is committed in term 1, by the same leader as before.', 'x=2 在任期 1 中提交，领导者还是原来那个。'),
  ]),
});
