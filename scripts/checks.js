// The small test runner the page scripts share (frameworks.js, playground-tests.js): each check
// prints ✓ or ✗ with its message, and counts into `results`.

/**
 * `test(name, body)` runs a check and counts it passed or failed; `skip(name, why)` counts a
 * skipped one.
 */
export function checks(results) {
  async function test(name, body) {
    try {
      await body();
      results.passed++;
      console.log(`  ✓ ${name}`);
    } catch (error) {
      results.failed++;
      console.log(
        `  ✗ ${name}\n      ${String(error?.message ?? error)
          .split('\n')
          .join('\n      ')}`,
      );
    }
  }
  function skip(name, why) {
    results.skipped = (results.skipped ?? 0) + 1;
    console.log(`  - ${name} (skipped: ${why})`);
  }
  return { test, skip };
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}
