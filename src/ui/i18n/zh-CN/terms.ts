import type { terms as en } from '../en/terms';

export const terms: typeof en = {
  title: '任期',
  hint: '每个任期都从一次选举开始；带斜线的任期没有领导者。',
  earlier: '更早的任期已不再显示。',
  newest: '最新 →',
  empty: '还没有选举：所有节点都以任期 0 的跟随者身份启动。',
  trackLabel: '任期随时间的变化',
  term: '任期 {{term}}',
  seconds: '{{value}} 秒',
  before: '{{value}} 秒之前',
  led: '{{node}} 担任领导者',
  ledAt: '{{node}} 担任领导者，{{value}} 秒当选',
  outcome: {
    leader: '选出了领导者',
    split: '没有领导者：选票分散',
    electing: '选举中…',
    quiet: '未观察到选举',
    start: '第一次选举之前',
  },
  count: '{{count}}/{{total}}',
  votesTitle_one: '{{node}} 获得 {{count}} 票；多数为 {{quorum}} 票',
  votesTitle_other: '{{node}} 获得 {{count}} 票；多数为 {{quorum}} 票',
  moreCandidates_one: '另有 {{count}} 位候选人',
  moreCandidates_other: '另有 {{count}} 位候选人',
  preVotes: '预投票：{{list}}',
};
