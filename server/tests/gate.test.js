// The gate in front of the engine (src/gate.js), and the server dropping what nobody waits for.
import { describe, expect, it } from 'vitest';
import { Gone, gate } from '../src/gate.js';

/** A task that settles when the test says, and records that it ran. */
function task(log, name) {
  let finish;
  const done = new Promise((resolve) => {
    finish = resolve;
  });
  return { run: () => (log.push(name), done), finish: () => finish(name) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('gate', () => {
  it('runs `limit` tasks at once, the others in order as those finish', async () => {
    const log = [];
    const turn = gate(2);
    const [a, b, c] = ['a', 'b', 'c'].map((name) => task(log, name));
    const results = [turn(a.run), turn(b.run), turn(c.run)];
    await settle();
    expect(log).toEqual(['a', 'b']);
    b.finish();
    await settle();
    expect(log).toEqual(['a', 'b', 'c']);
    a.finish();
    c.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c']);
  });

  it('drops a task whose client has gone by its turn, without running it', async () => {
    const log = [];
    const turn = gate(1);
    const [a, b, c] = ['a', 'b', 'c'].map((name) => task(log, name));
    let left = false;
    const first = turn(a.run);
    const second = turn(b.run, () => left);
    const third = turn(c.run);
    left = true;
    a.finish();
    await expect(second).rejects.toBeInstanceOf(Gone);
    await settle();
    expect(log).toEqual(['a', 'c']);
    c.finish();
    expect(await Promise.all([first, third])).toEqual(['a', 'c']);
  });
});
