// How many tiles the engine works out at once. A reader zooming through twenty levels asks for
// tiles of each and leaves most before they come: with no limit, every one of them would start at
// once and the tiles of the view the reader stopped at would wait behind them all. Requests wait
// their turn here, and one whose client has gone by then is dropped without being worked out.

/** Thrown for a request whose client left while it waited. */
export class Gone extends Error {
  constructor() {
    super('the client closed the request before its turn');
  }
}

/**
 * A gate letting `limit` tasks run at once, the rest in order of arrival.
 * @param {number} limit
 * @returns {<T>(run: () => Promise<T>, gone?: () => boolean) => Promise<T>}
 */
export function gate(limit) {
  let running = 0;
  /** @type {{ run: () => Promise<any>, gone: () => boolean, resolve: (v: any) => void, reject: (e: unknown) => void }[]} */
  const waiting = [];
  const next = () => {
    while (running < limit && waiting.length > 0) {
      const task = /** @type {(typeof waiting)[number]} */ (waiting.shift());
      if (task.gone()) {
        task.reject(new Gone());
        continue;
      }
      running++;
      task
        .run()
        .then(task.resolve, task.reject)
        .finally(() => {
          running--;
          next();
        });
    }
  };
  return (run, gone = () => false) =>
    new Promise((resolve, reject) => {
      waiting.push({ run, gone, resolve, reject });
      next();
    });
}
