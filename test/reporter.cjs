// mocha's spec reporter plus the closing line CI reads: `tests: N passed, N failed`. With VALLEY_TEST_SUMMARY set,
// the counts are also appended to that file as "passed failed pending", so scripts/test.sh can add the tiers up.
const fs = require('node:fs');
const Mocha = require('mocha');
class Reporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const { passes, failures, pending } = runner.stats;
      process.stdout.write(`\ntests: ${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}\n`);
      if (process.env.VALLEY_TEST_SUMMARY)
        fs.appendFileSync(process.env.VALLEY_TEST_SUMMARY, `${passes} ${failures} ${pending}\n`);
    });
  }
}
module.exports = Reporter;
