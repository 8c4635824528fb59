import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { CODE_ALPHABET, type ClassState } from '../../src/live/messages';
import { newRoomCode, Rooms, type Outgoing } from '../../src/live/rooms';

const random = (n: number) => new Uint8Array(randomBytes(n));
const state = (over: Partial<ClassState> = {}): ClassState => ({ link: 'abc', time: 100, playing: false, speed: 1, question: null, ...over });
const to = (out: Outgoing[], id: number) => out.filter((o) => o.to === id).map((o) => o.message);
const lastClass = (out: Outgoing[], id: number) => to(out, id).filter((m) => m.type === 'class').at(-1);

function hostedRoom(rooms: Rooms, teacher: number): string {
  const m = to(rooms.receive(teacher, { type: 'host' }), teacher)[0];
  if (m?.type !== 'hosted') throw new Error('not hosted');
  return m.room;
}

describe('room codes', () => {
  it('are 8 letters of the alphabet, different each time', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newRoomCode(random)));
    expect(codes.size).toBe(200);
    for (const c of codes) expect(c).toMatch(new RegExp(`^[${CODE_ALPHABET}]{8}$`));
  });
});

describe('rooms', () => {
  it('fans the teacher state out to students, and a late joiner gets the last one at once', () => {
    const rooms = new Rooms(random);
    const room = hostedRoom(rooms, 1);
    rooms.receive(2, { type: 'join', room });
    const out = rooms.receive(1, { type: 'state', state: state() });
    expect(to(out, 2)).toEqual([{ type: 'state', state: state() }]);
    const late = rooms.receive(3, { type: 'join', room });
    expect(to(late, 3)).toEqual([{ type: 'joined', room }, { type: 'state', state: state() }]);
    expect(lastClass(late, 1)).toMatchObject({ following: 2, steppedOff: 0 });
  });

  it('never lets a student drive the class', () => {
    const rooms = new Rooms(random);
    const room = hostedRoom(rooms, 1);
    rooms.receive(2, { type: 'join', room });
    const out = rooms.receive(2, { type: 'state', state: state({ time: 999 }) });
    expect(out).toEqual([expect.objectContaining({ to: 2, message: expect.objectContaining({ type: 'error', code: 'not-teacher' }) })]);
  });

  it('says so for an unknown room', () => {
    const out = new Rooms(random).receive(5, { type: 'join', room: 'ABCDEFGH' });
    expect(to(out, 5)[0]).toMatchObject({ type: 'error', code: 'unknown-room' });
  });

  it('counts who follows and who stepped off, and forgets who left', () => {
    const rooms = new Rooms(random);
    const room = hostedRoom(rooms, 1);
    rooms.receive(2, { type: 'join', room });
    rooms.receive(3, { type: 'join', room });
    expect(lastClass(rooms.receive(3, { type: 'status', following: false }), 1)).toMatchObject({ following: 1, steppedOff: 1 });
    expect(lastClass(rooms.leave(2), 1)).toMatchObject({ following: 0, steppedOff: 1 });
  });

  it('counts each student’s first answer to the open question only', () => {
    const rooms = new Rooms(random);
    const room = hostedRoom(rooms, 1);
    for (const s of [2, 3, 4]) rooms.receive(s, { type: 'join', room });
    rooms.receive(1, { type: 'state', state: state({ question: { id: 'q1', choices: 3 } }) });
    rooms.receive(2, { type: 'answer', question: 'q1', choice: 0 });
    rooms.receive(3, { type: 'answer', question: 'q1', choice: 2 });
    expect(rooms.receive(3, { type: 'answer', question: 'q1', choice: 1 })).toEqual([]);
    expect(rooms.receive(4, { type: 'answer', question: 'other', choice: 1 })).toEqual([]);
    expect(rooms.receive(4, { type: 'answer', question: 'q1', choice: 7 })).toEqual([]);
    expect(lastClass(rooms.receive(4, { type: 'answer', question: 'q1', choice: 2 }), 1)).toMatchObject({ poll: { question: 'q1', counts: [1, 0, 2] } });
    // The teacher continues: the question closes, the poll with it.
    expect(lastClass(rooms.receive(1, { type: 'state', state: state({ playing: true }) }), 1)).toMatchObject({ poll: null });
  });

  it('counts a pick sent again after a reload or a reconnect once: the old connection’s answer leaves with it', () => {
    const rooms = new Rooms(random);
    const room = hostedRoom(rooms, 1);
    rooms.receive(2, { type: 'join', room });
    rooms.receive(1, { type: 'state', state: state({ question: { id: 'q', choices: 3 } }) });
    expect(lastClass(rooms.receive(2, { type: 'answer', question: 'q', choice: 2 }), 1)).toMatchObject({ poll: { question: 'q', counts: [0, 0, 1] } });
    // The page reloads: the old socket closes, the new one joins and sends the kept pick.
    expect(lastClass(rooms.leave(2), 1)).toMatchObject({ poll: { counts: [0, 0, 0] } });
    rooms.receive(3, { type: 'join', room });
    expect(lastClass(rooms.receive(3, { type: 'answer', question: 'q', choice: 2 }), 1)).toMatchObject({ poll: { counts: [0, 0, 1] } });
    // Sent again on every state, it still counts once.
    expect(rooms.receive(3, { type: 'answer', question: 'q', choice: 2 })).toEqual([]);
  });

  it('passes the teacher’s language on with the state', () => {
    const rooms = new Rooms(random);
    const room = hostedRoom(rooms, 1);
    rooms.receive(2, { type: 'join', room });
    const out = rooms.receive(1, { type: 'state', state: state({ lang: 'zh-CN' }) });
    expect(to(out, 2)).toEqual([{ type: 'state', state: state({ lang: 'zh-CN' }) }]);
    expect(to(rooms.receive(3, { type: 'join', room }), 3)[1]).toEqual({ type: 'state', state: state({ lang: 'zh-CN' }) });
  });

  it('gives the room back to its teacher with the key, even after a relay restart', () => {
    const rooms = new Rooms(random);
    const { room, key } = rooms.open();
    expect(to(rooms.receive(1, { type: 'host', room, key }), 1)[0]).toEqual({ type: 'hosted', room, key });
    expect(to(rooms.receive(9, { type: 'host', room, key: 'x'.repeat(18) }), 9)[0]).toMatchObject({ type: 'error', code: 'room-taken' });
    const restarted = new Rooms(random);
    expect(to(restarted.receive(1, { type: 'host', room, key }), 1)[0]).toEqual({ type: 'hosted', room, key });
  });
});
