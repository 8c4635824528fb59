import type { scenarios as en } from '../en/scenarios';

export const scenarios: typeof en = {
  menu: '场景',
  startHere: '从这里开始 ▶',
  startHereHint: '第一次接触 Raft？从第一课开始：{{name}}',
  builtins: '教学场景',
  fresh: '新建：健康的五节点集群',
  import: '打开场景文件…',
  export: '保存场景（JSON）',
  exportTrace: '保存轨迹（JSON Lines）',
  traceSaved: '已保存到目前为止的轨迹。',
  undo: '撤销分叉',
  undoHint: '在过去的时间点操作会丢弃之后的步骤：把它们找回来',
};
