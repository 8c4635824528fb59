// The live class's messages between the page and the relay (README "Live class"): their
// types and a validator that every received message passes first. Plain data, no Node or
// DOM: the relay (src/relay) and the page (src/ui/live) share it.

/** A whole message is refused past this many characters (a share link's cap plus room). */
export const MAX_MESSAGE_CHARS = 1_100_000;
/** The scenario travels as a share link's data (src/scenario/link.ts caps it the same way). */
export const MAX_LINK_CHARS = 1_000_000;
export const MAX_SPEED = 1000;
/** Room codes: 8 letters and digits without look-alikes (no 0/O, 1/I/L). */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;
const KEY_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
const LANG_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/;
const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** What the teacher shows: the scenario (with the teacher's steps) as link data, and the moment. */
export interface ClassState {
  link: string;
  time: number;
  playing: boolean;
  speed: number;
  /** The open predict-then-reveal question: its id and how many choices, or null. */
  question: { id: string; choices: number } | null;
  /** The teacher's page language (a BCP 47 tag such as en or zh-CN): a student who chose none gets it. Optional. */
  lang?: string;
}

export type ToRelay =
  /** The teacher opens a room, or takes it back after a lost connection (room + key). */
  | { type: 'host'; room?: string; key?: string }
  | { type: 'state'; state: ClassState }
  | { type: 'join'; room: string }
  /** A student says whether they follow or stepped off. */
  | { type: 'status'; following: boolean }
  | { type: 'answer'; question: string; choice: number };

export interface PollCounts {
  question: string;
  counts: number[];
}

export type FromRelay =
  | { type: 'hosted'; room: string; key: string }
  | { type: 'joined'; room: string }
  | { type: 'state'; state: ClassState }
  | { type: 'class'; following: number; steppedOff: number; poll: PollCounts | null }
  | { type: 'error'; code: ErrorCode; message: string };

export type ErrorCode = 'bad-message' | 'too-large' | 'unknown-room' | 'not-teacher' | 'not-in-room' | 'room-taken';

export type Parsed<T> = { ok: true; message: T } | { ok: false; code: ErrorCode; error: string };

type Obj = Record<string, unknown>;

export function isRoomCode(v: unknown): v is string {
  return typeof v === 'string' && CODE_PATTERN.test(v);
}

export function parseToRelay(raw: string): Parsed<ToRelay> {
  const obj = parseObject(raw);
  if (!obj.ok) return obj;
  const m = obj.message;
  switch (m.type) {
    case 'host':
      if (m.room !== undefined && !isRoomCode(m.room)) return bad('host: room is not a room code');
      if (m.key !== undefined && (typeof m.key !== 'string' || !KEY_PATTERN.test(m.key))) return bad('host: key is not a room key');
      if ((m.room === undefined) !== (m.key === undefined)) return bad('host: room and key come together');
      return ok({ type: 'host', ...(m.room !== undefined ? { room: m.room as string, key: m.key as string } : {}) });
    case 'state': {
      const state = parseState(m.state);
      return typeof state === 'string' ? bad(`state: ${state}`) : ok({ type: 'state', state });
    }
    case 'join':
      return isRoomCode(m.room) ? ok({ type: 'join', room: m.room }) : bad('join: room is not a room code');
    case 'status':
      return typeof m.following === 'boolean' ? ok({ type: 'status', following: m.following }) : bad('status: following must be true or false');
    case 'answer':
      if (!isQuestionId(m.question)) return bad('answer: question is not a question id');
      if (!isIndex(m.choice)) return bad('answer: choice must be a small whole number');
      return ok({ type: 'answer', question: m.question, choice: m.choice });
    default:
      return bad(`unknown message type ${JSON.stringify(String(m.type)).slice(0, 40)}`);
  }
}

export function parseFromRelay(raw: string): Parsed<FromRelay> {
  const obj = parseObject(raw);
  if (!obj.ok) return obj;
  const m = obj.message;
  switch (m.type) {
    case 'hosted':
      return isRoomCode(m.room) && typeof m.key === 'string' && KEY_PATTERN.test(m.key) ? ok({ type: 'hosted', room: m.room, key: m.key }) : bad('hosted: room or key');
    case 'joined':
      return isRoomCode(m.room) ? ok({ type: 'joined', room: m.room }) : bad('joined: room');
    case 'state': {
      const state = parseState(m.state);
      return typeof state === 'string' ? bad(`state: ${state}`) : ok({ type: 'state', state });
    }
    case 'class': {
      if (!isCount(m.following) || !isCount(m.steppedOff)) return bad('class: counts');
      const poll = m.poll === null ? null : parsePoll(m.poll);
      if (poll === undefined) return bad('class: poll');
      return ok({ type: 'class', following: m.following, steppedOff: m.steppedOff, poll });
    }
    case 'error':
      return typeof m.code === 'string' && typeof m.message === 'string' ? ok({ type: 'error', code: m.code as ErrorCode, message: m.message.slice(0, 300) }) : bad('error: code or message');
    default:
      return bad('unknown message type');
  }
}

/** The state's fields, or a sentence naming what is wrong. */
export function parseState(v: unknown): ClassState | string {
  if (!isObj(v)) return 'not an object';
  if (typeof v.link !== 'string' || v.link.length === 0) return 'link must be a share link’s data';
  if (v.link.length > MAX_LINK_CHARS) return `link is too long (at most ${MAX_LINK_CHARS} characters)`;
  if (!/^[A-Za-z0-9_-]+$/.test(v.link)) return 'link has characters a share link never has';
  if (typeof v.time !== 'number' || !Number.isFinite(v.time) || v.time < 0) return 'time must be a virtual time >= 0';
  if (typeof v.playing !== 'boolean') return 'playing must be true or false';
  if (typeof v.speed !== 'number' || !(v.speed > 0) || v.speed > MAX_SPEED) return `speed must be in (0, ${MAX_SPEED}]`;
  let question: ClassState['question'] = null;
  if (v.question !== null) {
    if (!isObj(v.question) || !isQuestionId(v.question.id) || !isIndex(v.question.choices) || v.question.choices < 1) return 'question must be null or {id, choices}';
    question = { id: v.question.id, choices: v.question.choices };
  }
  if (v.lang !== undefined && (typeof v.lang !== 'string' || !LANG_PATTERN.test(v.lang))) return 'lang must be a language tag such as en or zh-CN';
  return { link: v.link, time: v.time, playing: v.playing, speed: v.speed, question, ...(v.lang !== undefined ? { lang: v.lang as string } : {}) };
}

function parsePoll(v: unknown): PollCounts | undefined {
  if (!isObj(v) || !isQuestionId(v.question) || !Array.isArray(v.counts) || v.counts.length > 26 || !v.counts.every(isCount)) return undefined;
  return { question: v.question, counts: v.counts as number[] };
}

function parseObject(raw: string): Parsed<Obj> {
  if (raw.length > MAX_MESSAGE_CHARS) return { ok: false, code: 'too-large', error: `message too large (over ${MAX_MESSAGE_CHARS} characters)` };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return bad('not JSON');
  }
  return isObj(data) && typeof data.type === 'string' ? ok(data) : bad('not an object with a type');
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isQuestionId(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= 200;
}
function isIndex(v: unknown): v is number {
  return Number.isInteger(v) && (v as number) >= 0 && (v as number) < 26;
}
function isCount(v: unknown): v is number {
  return Number.isInteger(v) && (v as number) >= 0;
}
function ok<T>(message: T): Parsed<T> {
  return { ok: true, message };
}
function bad(error: string): { ok: false; code: ErrorCode; error: string } {
  return { ok: false, code: 'bad-message', error };
}
