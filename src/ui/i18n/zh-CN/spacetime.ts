import type { spacetime as en } from '../en/spacetime';

export const spacetime: typeof en = {
  tabs: { label: '下方视图', logs: '日志', terms: '任期', spacetime: '时空图' },
  label: '时空图：每个节点一条泳道，消息是从发送到接收的箭头',
  toolbar: '时空图控制',
  empty: '还什么都没有发生。',
  zoomIn: '放大（显示更短的时间）',
  zoomOut: '缩小（显示更长的时间）',
  span: '显示 {{value}}',
  earlier: '更早',
  later: '更晚',
  follow: '跟随播放',
  heartbeats: '心跳',
  shiviz: '保存为 ShiViz 日志',
};
