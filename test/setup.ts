// Loaded by .mocharc.json before every suite. `npm test` runs on the Node the project installs (the `node` dev
// dependency, first in PATH under npm run): the Lambda's Node 22. Say which, so a CI log shows it.
console.log(`Tests on Node ${process.version}`);
// ask-sdk-test's AWS SDK v2 prints its end-of-support notice: noise in test output.
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE ??= '1';
