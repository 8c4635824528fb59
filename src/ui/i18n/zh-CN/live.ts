// 课堂直播的文字（views/live）：教师栏与学生栏。
export const live = {
  start: '开始课堂直播',
  teaching: '课堂直播',
  code: '房间码',
  counts: '{{following}} 人跟随 · {{steppedOff}} 人自行探索',
  poll: '投票：',
  following: '正在跟随老师（房间 {{room}}）',
  forked: '已离开：这是你自己的运行',
  stepOff: '自行探索',
  stepOffTitle: '从这里开始自己探索；老师的演示继续进行',
  rejoin: '回到课堂',
  rejoinTitle: '回到老师的运行和时刻',
  lost: '与课堂的连接已断开：正在重试…',
  connecting: '正在连接课堂…',
};
