import type { logs as en } from '../en/logs';

export const logs: typeof en = {
  title: '日志',
  index: '索引',
  newest: '最新 →',
  empty: '还没有日志条目：领导者当选后会追加一条空操作（no-op）条目。',
  down: '已宕机',
  onDisk: '日志仍保存在磁盘上',
  role: { follower: '跟随者', precandidate: '预候选人', candidate: '候选人', leader: '领导者' },
  indexes: '提交 {{commit}} · 应用 {{applied}}',
  commitMark: '提交索引 {{index}}',
  state: { applied: '已提交并已应用', committed: '已提交，尚未应用', uncommitted: '尚未提交' },
  entryTitle: '索引 {{index}}，任期 {{term}}：{{label}}（{{state}}）',
  snapshot: '快照 ≤ {{index}}',
  snapshotTitle: '索引 {{index}} 及之前的条目已压缩进快照',
  legend: {
    title: '图例',
    committed: '已提交',
    uncommitted: '未提交',
    applied: '已应用',
    commit: '提交索引',
    snapshot: '快照',
    term: '数字与颜色 = 任期',
  },
};
