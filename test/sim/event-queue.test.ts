import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../src/sim/event-queue';
import { Rng } from '../../src/sim/prng';

function drain<T>(q: EventQueue<T>): { time: number; event: T }[] {
  const out: { time: number; event: T }[] = [];
  for (let time = q.peekTime(); time !== undefined; time = q.peekTime()) out.push({ time, event: q.pop() as T });
  return out;
}

// The agenda's order is the run's order: (time, priority, insertion sequence), whatever the heap does.
describe('EventQueue: the agenda order', () => {
  it('pops by time, then priority, then insertion order, over many random pushes', () => {
    const rng = new Rng(3, 'queue');
    const q = new EventQueue<number>();
    const model: { time: number; priority: number; seq: number }[] = [];
    const byOrder = (a: (typeof model)[number], b: (typeof model)[number]) => a.time - b.time || a.priority - b.priority || a.seq - b.seq;
    for (let seq = 0; seq < 2000; seq++) {
      const time = rng.int(0, 50);
      const priority = rng.int(0, 2);
      q.push(time, seq, priority);
      model.push({ time, priority, seq });
      if (seq % 7 === 0) {
        // Pops in between, as a run does: the heap must stay ordered through them.
        model.sort(byOrder);
        expect(q.pop()).toBe(model.shift()?.seq);
      }
    }
    model.sort(byOrder);
    expect(drain(q).map((e) => e.event)).toEqual(model.map((p) => p.seq));
  });

  it('peeks without taking, and is empty after the last pop', () => {
    const q = new EventQueue<string>();
    q.push(5, 'late');
    q.push(5, 'step', 0);
    q.push(1, 'early', 2);
    expect([q.peekTime(), q.peekEvent(), q.size]).toEqual([1, 'early', 3]);
    expect(drain(q)).toEqual([
      { time: 1, event: 'early' },
      { time: 5, event: 'step' },
      { time: 5, event: 'late' },
    ]);
    expect([q.peekTime(), q.pop(), q.size]).toEqual([undefined, undefined, 0]);
  });

  it('keeps the order of the rest through filter and mapEvents, and a clone is independent', () => {
    const q = new EventQueue<number>();
    for (let i = 0; i < 20; i++) q.push(i % 4, i);
    q.filter((e) => e % 3 !== 0);
    q.mapEvents((e) => (e === 10 ? undefined : e * 100));
    const copy = q.clone();
    copy.push(0, -1, 0);
    // By time (i % 4), then insertion order (i); multiples of 3 and 10 gone.
    const kept = Array.from({ length: 20 }, (_, i) => i).filter((i) => i % 3 !== 0 && i !== 10);
    const want = [0, 1, 2, 3].flatMap((t) => kept.filter((i) => i % 4 === t)).map((i) => i * 100);
    expect(drain(q).map((e) => e.event)).toEqual(want);
    expect(drain(copy).map((e) => e.event)).toEqual([-1, ...want]);
  });
});
