// Loaded by .mocharc.json before every suite. The Lambda runs on Node 22; on an older local Node the AWS SDK v3
// prints a support notice, and ask-sdk-test's AWS SDK v2 prints its end-of-support notice: noise in test output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE ??= '1';
