// One readable line per Raft message (src/raft/describe.ts), for every message type.
import { describe, expect, it } from 'vitest';
import { describeEntry, describeMessage, type Entry, type Message } from '../../src/raft';

const put: Entry = { index: 4, term: 2, type: 'normal', data: 'put x' };
const noop: Entry = { index: 5, term: 2, type: 'normal' };
const conf: Entry = { index: 6, term: 2, type: 'conf', data: { change: 'add-learner', node: 'n4' } };

function msg(fields: Partial<Message> & Pick<Message, 'type'>): Message {
  return { from: 'n1', to: 'n2', term: 2, ...fields };
}

describe('describeMessage', () => {
  it.each([
    [msg({ type: 'append', index: 3, logTerm: 1, commit: 3, entries: [put] }), 'n1->n2 app t2 prev 3/1 commit 3 [4/2 put x]'],
    [msg({ type: 'append', index: 5, logTerm: 2, commit: 5, entries: [] }), 'n1->n2 app t2 prev 5/2 commit 5 []'],
    [msg({ type: 'append-resp', from: 'n2', to: 'n1', index: 4 }), 'n2->n1 app-resp t2 idx 4'],
    [msg({ type: 'append-resp', index: 7, reject: true, rejectHint: 5, logTerm: 1 }), 'n1->n2 app-resp t2 rejected idx 7 hint 5/1'],
    [msg({ type: 'append-resp', index: 0, reject: true, rejectHint: 0, context: 'need-snapshot' }), 'n1->n2 app-resp t2 rejected idx 0 hint 0/0 need-snapshot'],
    [msg({ type: 'append-resp', term: 5 }), 'n1->n2 app-resp t5'],
    [msg({ type: 'heartbeat', commit: 3 }), 'n1->n2 hb t2 commit 3'],
    [msg({ type: 'heartbeat', commit: 3, context: '2' }), 'n1->n2 hb t2 commit 3 read 2'],
    [msg({ type: 'heartbeat-resp', context: '2' }), 'n1->n2 hb-resp t2 read 2'],
    [msg({ type: 'vote', term: 3, index: 7, logTerm: 2 }), 'n1->n2 vote t3 last 7/2'],
    [msg({ type: 'vote', term: 3, index: 7, logTerm: 2, context: 'transfer' }), 'n1->n2 vote t3 last 7/2 transfer'],
    [msg({ type: 'vote-resp', from: 'n3', to: 'n1', term: 3, reject: true }), 'n3->n1 vote-resp t3 rejected'],
    [msg({ type: 'pre-vote', term: 3, index: 7, logTerm: 2 }), 'n1->n2 pre-vote t3 last 7/2'],
    [msg({ type: 'pre-vote-resp', term: 3 }), 'n1->n2 pre-vote-resp t3 granted'],
    [msg({ type: 'snapshot', snapshot: { meta: { index: 9, term: 2, conf: { voters: ['n1', 'n2'], learners: ['n3'] } }, data: [] } }), 'n1->n2 snap t2 9/2 voters=(n1 n2) learners=(n3)'],
    [msg({ type: 'timeout-now' }), 'n1->n2 timeout-now t2'],
    [msg({ type: 'transfer-leader', context: 'n3' }), 'n1->n2 transfer t2 to n3'],
    [msg({ type: 'read-index', context: 'r1' }), 'n1->n2 read-index t2 ctx r1'],
    [msg({ type: 'read-index-resp', index: 8, context: 'r1' }), 'n1->n2 read-index-resp t2 idx 8 ctx r1'],
    [msg({ type: 'propose', entries: [{ index: 0, term: 0, type: 'normal', data: 'put y' }] }), 'n1->n2 prop t2 [0/0 put y]'],
  ])('%j', (m, line) => {
    expect(describeMessage(m)).toBe(line);
  });
});

describe('describeEntry', () => {
  it.each([
    [put, '4/2 put x'],
    [noop, '5/2 noop'],
    [conf, '6/2 conf add-learner n4'],
    [{ index: 1, term: 1, type: 'normal', data: { op: 'put', key: 'k' } } as Entry, '1/1 {"op":"put","key":"k"}'],
    [{ index: 1, term: 1, type: 'normal', data: 'x'.repeat(60) } as Entry, `1/1 ${'x'.repeat(39)}…`],
  ])('%j', (e, line) => {
    expect(describeEntry(e)).toBe(line);
  });

  it('takes a writer for the host data (the page knows its commands)', () => {
    expect(describeEntry(put, (d) => `<${String(d)}>`)).toBe('4/2 <put x>');
  });
});
