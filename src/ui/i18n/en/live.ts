// Strings of the live class (views/live): the teacher's bar and the student's.
export const live = {
  start: 'Start a live class',
  teaching: 'Live class',
  code: 'Room code',
  counts: '{{following}} following · {{steppedOff}} stepped off',
  poll: 'Poll:',
  following: 'Following the teacher (room {{room}})',
  forked: 'Stepped off: your own run',
  stepOff: 'Step off',
  stepOffTitle: 'Explore on your own from here; the teacher’s run goes on without you',
  rejoin: 'Rejoin the class',
  rejoinTitle: 'Go back to the teacher’s run and moment',
  lost: 'Connection to the class lost: retrying…',
  connecting: 'Connecting to the class…',
};
