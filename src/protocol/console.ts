// The etcdctl console's messages between the page and the worker. Types only.

/**
 * One line of the console's transcript at virtual time `t`: `in` echoes a typed line, `err`
 * is what etcdctl writes to standard error.
 */
export interface ConsoleLine {
  t: number;
  text: string;
  kind: 'in' | 'out' | 'err';
}

/** The page types a line: run it as `client`, on `endpoint` unless the line names --endpoints. */
export interface ConsoleRun {
  type: 'console';
  line: string;
  client: string;
  endpoint?: string;
}

/** What the console printed since its last message, and what it is doing now. */
export interface ConsoleOutput {
  type: 'console';
  lines: ConsoleLine[];
  /** etcdctl's txn prompt while a txn is being typed, line by line. */
  prompt?: string;
  /** Commands still streaming (watch, elect, lock, keep-alive): Stop ends them. */
  streaming: boolean;
  /** A request is waiting for its answer. */
  waiting: boolean;
  /** A new run: the transcript starts over (the lines that follow replay it from the start). */
  restart?: true;
  /** History forked at this virtual time: the lines from after it are gone. */
  forgetAfter?: number;
}
