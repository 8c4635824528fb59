// The relay's rooms as pure logic: who is the teacher, who follows, the last state (a late
// joiner gets it at once and catches up by replay), the poll's answers. Connections are
// plain ids and randomness comes in as a function, so the unit tests drive it directly;
// src/relay/server.ts wires it to WebSockets.

import { CODE_ALPHABET, CODE_LENGTH, type ClassState, type FromRelay, type ToRelay } from './messages';

export interface Outgoing {
  to: number;
  message: FromRelay;
}

interface Room {
  key: string;
  teacher: number | null;
  state: ClassState | null;
  /** Student connection -> following (true) or stepped off (false). */
  students: Map<number, boolean>;
  /** The open question's answers: student connection -> choice. */
  answers: Map<number, number>;
}

/** Rooms a relay keeps at most: a limit on everything. */
export const MAX_ROOMS = 200;
export const MAX_STUDENTS = 500;

/** A room code from random bytes: `randomBytes(n)` must return n unpredictable bytes. */
export function newRoomCode(randomBytes: (n: number) => Uint8Array): string {
  let code = '';
  // Rejection sampling keeps every letter equally likely (256 is not a multiple of 31).
  const limit = 256 - (256 % CODE_ALPHABET.length);
  while (code.length < CODE_LENGTH) {
    for (const b of randomBytes(CODE_LENGTH * 2)) {
      if (b < limit && code.length < CODE_LENGTH) code += CODE_ALPHABET[b % CODE_ALPHABET.length];
    }
  }
  return code;
}

function newRoomKey(randomBytes: (n: number) => Uint8Array): string {
  return [...randomBytes(18)].map((b) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[b & 63]).join('');
}

export class Rooms {
  private rooms = new Map<string, Room>();
  /** Connection -> its room and role. */
  private members = new Map<number, { room: string; teacher: boolean }>();

  constructor(private randomBytes: (n: number) => Uint8Array) {}

  get size(): number {
    return this.rooms.size;
  }

  /** Opens a room before any teacher connects (`npm run classroom` prints its links). */
  open(): { room: string; key: string } {
    let code = newRoomCode(this.randomBytes);
    while (this.rooms.has(code)) code = newRoomCode(this.randomBytes);
    const key = newRoomKey(this.randomBytes);
    this.makeRoom(code, key);
    return { room: code, key };
  }

  receive(from: number, msg: ToRelay): Outgoing[] {
    switch (msg.type) {
      case 'host':
        return this.host(from, msg.room, msg.key);
      case 'join':
        return this.join(from, msg.room);
      case 'state':
        return this.state(from, msg.state);
      case 'status':
        return this.status(from, msg.following);
      case 'answer':
        return this.answer(from, msg.question, msg.choice);
    }
  }

  /** A connection closed: the room forgets the student (a teacher's room waits for them). */
  leave(from: number): Outgoing[] {
    const member = this.members.get(from);
    this.members.delete(from);
    const room = member && this.rooms.get(member.room);
    if (!member || !room) return [];
    if (member.teacher) {
      room.teacher = null;
      return [];
    }
    room.students.delete(from);
    room.answers.delete(from);
    return this.report(room);
  }

  private host(from: number, code: string | undefined, key: string | undefined): Outgoing[] {
    if (this.members.has(from)) this.leave(from);
    if (code !== undefined && key !== undefined) {
      const existing = this.rooms.get(code);
      if (existing && existing.key !== key) return [error(from, 'room-taken', `Room ${code} belongs to another teacher.`)];
      // The teacher takes the room back; after a relay restart the room is made again with the same code.
      const room = existing ?? this.makeRoom(code, key);
      if (!room) return [error(from, 'room-taken', 'The relay has too many rooms.')];
      room.teacher = from;
      this.members.set(from, { room: code, teacher: true });
      return [{ to: from, message: { type: 'hosted', room: code, key } }, ...this.report(room)];
    }
    let fresh = newRoomCode(this.randomBytes);
    while (this.rooms.has(fresh)) fresh = newRoomCode(this.randomBytes);
    const room = this.makeRoom(fresh, newRoomKey(this.randomBytes));
    if (!room) return [error(from, 'room-taken', 'The relay has too many rooms.')];
    room.teacher = from;
    this.members.set(from, { room: fresh, teacher: true });
    return [{ to: from, message: { type: 'hosted', room: fresh, key: room.key } }, ...this.report(room)];
  }

  private makeRoom(code: string, key: string): Room | undefined {
    if (this.rooms.size >= MAX_ROOMS) this.dropEmptyRoom();
    if (this.rooms.size >= MAX_ROOMS) return undefined;
    const room: Room = { key, teacher: null, state: null, students: new Map(), answers: new Map() };
    this.rooms.set(code, room);
    return room;
  }

  private dropEmptyRoom(): void {
    for (const [code, room] of this.rooms) {
      if (room.teacher === null && room.students.size === 0) return void this.rooms.delete(code);
    }
  }

  private join(from: number, code: string): Outgoing[] {
    const room = this.rooms.get(code);
    if (!room) return [error(from, 'unknown-room', `There is no live class with the code ${code} (is the teacher's page open?).`)];
    if (room.students.size >= MAX_STUDENTS) return [error(from, 'room-taken', 'The class is full.')];
    if (this.members.has(from)) this.leave(from);
    this.members.set(from, { room: code, teacher: false });
    room.students.set(from, true);
    const out: Outgoing[] = [{ to: from, message: { type: 'joined', room: code } }];
    if (room.state) out.push({ to: from, message: { type: 'state', state: room.state } });
    return [...out, ...this.report(room)];
  }

  private state(from: number, state: ClassState): Outgoing[] {
    const found = this.teacherRoom(from);
    if (typeof found === 'string') return [error(from, 'not-teacher', found)];
    const room = found;
    // A new question (or none) starts a new poll.
    if (room.state?.question?.id !== state.question?.id) room.answers.clear();
    const pollChanged = room.state?.question?.id !== state.question?.id;
    room.state = state;
    const out: Outgoing[] = [...room.students.keys()].map((to) => ({ to, message: { type: 'state', state } }));
    return pollChanged ? [...out, ...this.report(room)] : out;
  }

  private status(from: number, following: boolean): Outgoing[] {
    const room = this.studentRoom(from);
    if (!room) return [error(from, 'not-in-room', 'Join a class first.')];
    room.students.set(from, following);
    return this.report(room);
  }

  private answer(from: number, question: string, choice: number): Outgoing[] {
    const room = this.studentRoom(from);
    if (!room) return [error(from, 'not-in-room', 'Join a class first.')];
    const open = room.state?.question;
    // Only the open question counts, once per student (the first pick is final, as on the page).
    if (!open || open.id !== question || choice >= open.choices || room.answers.has(from)) return [];
    room.answers.set(from, choice);
    return this.report(room);
  }

  private teacherRoom(from: number): Room | string {
    const member = this.members.get(from);
    if (!member) return 'Open a room first.';
    if (!member.teacher) return 'Only the teacher drives the class.';
    return this.rooms.get(member.room) ?? 'The room is gone.';
  }

  private studentRoom(from: number): Room | undefined {
    const member = this.members.get(from);
    return member && !member.teacher ? this.rooms.get(member.room) : undefined;
  }

  /** The teacher's headcount and poll. */
  private report(room: Room): Outgoing[] {
    if (room.teacher === null) return [];
    const following = [...room.students.values()].filter(Boolean).length;
    const open = room.state?.question;
    let poll = null;
    if (open) {
      const counts = new Array<number>(open.choices).fill(0);
      for (const c of room.answers.values()) counts[c] = (counts[c] ?? 0) + 1;
      poll = { question: open.id, counts };
    }
    return [{ to: room.teacher, message: { type: 'class', following, steppedOff: room.students.size - following, poll } }];
  }
}

function error(to: number, code: 'unknown-room' | 'not-teacher' | 'not-in-room' | 'room-taken', message: string): Outgoing {
  return { to, message: { type: 'error', code, message } };
}
