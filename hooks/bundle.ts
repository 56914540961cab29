/**
 * Bundles the Lambda entry into one CommonJS file that loads with no node_modules: the deployment zip has none.
 * `tsx hooks/bundle.ts` (the second half of `npm run build`) writes lambda/dist/index.js (the skill) and mcp.js (the
 * MCP server), each with its .map beside it for decoding a stack trace by hand; hooks/build.sh zips the two .js files
 * alone (see the sourcemap note below).
 */
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..');
export const ENTRY = join(root, 'lambda/src/index.ts');
export const OUT_FILE = join(root, 'lambda/dist/index.js');
/** The MCP server's Lambda (lambda/src/mcp/lambda.ts): a bundle of its own, so the skill's cold start carries none of it. */
export const MCP_ENTRY = join(root, 'lambda/src/mcp/lambda.ts');
export const MCP_OUT_FILE = join(root, 'lambda/dist/mcp.js');

/**
 * Modules the dependencies import but whose code never runs in the skill, replaced by stubs. A stub that is
 * reached after all throws, naming this file, instead of failing somewhere obscure.
 */
export const STUBS: Record<string, string> = {
  // node-fetch 2 (jsforce's HTTP client) reads `Url.URL || whatwgUrl.URL`; Node always has URL. Saves tr46's ~265 kB table.
  'whatwg-url': 'module.exports = { URL, URLSearchParams };',
  // jsforce builds multipart bodies only for file uploads (`multipartFileFields`); every other request merely
  // tests `body instanceof FormData`, which a class answers without being constructed. Saves mime-db's ~140 kB.
  'form-data':
    "module.exports = class FormData { constructor() { throw new Error('form-data is stubbed out of the bundle: see hooks/bundle.ts'); } };",
};

const stubs: Plugin = {
  name: 'stubs',
  setup(b) {
    const names = new RegExp(`^(${Object.keys(STUBS).join('|')})$`);
    b.onResolve({ filter: names }, (args) => ({ path: args.path, namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({ contents: STUBS[args.path], loader: 'js' }));
  },
};

export function bundleOptions(entry: string = ENTRY, outfile: string = OUT_FILE): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    // Prefer a package's ES module build where it has one (the AWS SDK does): esbuild drops its unused exports.
    mainFields: ['module', 'main'],
    minify: true,
    // External and not zipped: Lambda would only use it with NODE_OPTIONS=--enable-source-maps, which adds about
    // 15 ms to every cold start. esbuild's output is deterministic, so the map of a rebuilt commit still matches.
    sourcemap: 'external',
    sourcesContent: false,
    plugins: [stubs],
    logLevel: 'warning',
  };
}

if (require.main === module) {
  Promise.all([build(bundleOptions()), build(bundleOptions(MCP_ENTRY, MCP_OUT_FILE))]).then(
    () => {
      for (const file of [OUT_FILE, MCP_OUT_FILE]) console.log(`${relative(process.cwd(), file)}  ${(statSync(file).size / 1024).toFixed(0)} kB`);
    },
    () => process.exit(1), // esbuild has already printed the errors
  );
}
