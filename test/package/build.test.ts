/**
 * The deployable build: hooks/build.sh as `ask deploy` runs it, the bundler's options (jsforce with its stubs),
 * and the zip writer, read back by adm-zip (the zip library ask-cli itself uses) as an independent reader.
 */
import { expect } from 'chai';
import { build } from 'esbuild';
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mock } from 'node:test';
import { promisify } from 'node:util';
import { bundleOptions, MCP_OUT_FILE, OUT_FILE, STUBS } from '../../hooks/bundle';
import { crc32, createZip } from '../../hooks/zip';
import { renderAll } from '../../models/build';

interface AdmZipEntry {
  entryName: string;
  attr: number;
  getData(): Buffer;
}
// adm-zip ships no types; it comes with ask-cli (a devDependency).
const AdmZip = require('adm-zip') as new (file: string | Buffer) => {
  getEntries(): AdmZipEntry[];
  extractAllTo(dir: string): void;
};

const root = join(__dirname, '../..');
const run = promisify(execFile);

function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `sales-assistant-${prefix}-`));
}

/** Like the Lambda runtime: a bare node, no tsx loader, no NODE_PATH, nothing but the extracted files. */
const bareEnv = { PATH: process.env.PATH ?? '' };

function nodeModulesAbove(dir: string): string[] {
  const found: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, 'node_modules'))) found.push(join(d, 'node_modules'));
    if (dirname(d) === d) return found;
  }
}

describe('build: hooks/build.sh as ask deploy runs it', function () {
  this.timeout(120_000);
  let work: string;
  let zipFile: string;
  let result: ReturnType<typeof spawnSync>;
  // `npm run build` regenerates the voice model's files: put them back afterwards, so that this test can neither
  // change the working tree nor hide a stale commit from the staleness tests that run after it.
  const generated = [...renderAll().keys()].map((path) => ({ path, text: existsSync(path) ? readFileSync(path, 'utf8') : undefined }));

  before(() => {
    work = tempDir('build');
    // ask-cli runs the hook from its copy of lambda/ with an absolute zip path.
    const askLambda = join(work, '.ask/lambda');
    mkdirSync(askLambda, { recursive: true });
    zipFile = join(askLambda, 'build.zip');
    result = spawnSync(join(root, 'hooks/build.sh'), [zipFile, 'false'], { cwd: askLambda, encoding: 'utf8' });
  });
  after(() => {
    rmSync(work, { recursive: true, force: true });
    for (const { path, text } of generated) {
      if (text === undefined) rmSync(path, { force: true });
      else writeFileSync(path, text);
    }
  });

  it('exits 0 and writes the zip', () => {
    expect(result.status, `${result.stdout}\n${result.stderr}`).to.equal(0);
    expect(existsSync(zipFile)).to.equal(true);
  });

  it('zips exactly the bundles (the skill, the MCP server), at the root, readable by everyone (rw-r--r--)', () => {
    const entries = new AdmZip(zipFile).getEntries();
    expect(entries.map((e) => e.entryName)).to.deep.equal(['index.js', 'mcp.js']);
    expect(entries[0]!.getData().equals(readFileSync(OUT_FILE))).to.equal(true);
    expect(entries[1]!.getData().equals(readFileSync(MCP_OUT_FILE))).to.equal(true);
    for (const entry of entries) expect((entry.attr >>> 16).toString(8), entry.entryName).to.equal('100644');
  });

  it("loads from an empty folder with no node_modules; each bundle exports its handler (index.handler, mcp.handler)", async () => {
    const unzipped = tempDir('unzipped');
    try {
      new AdmZip(zipFile).extractAllTo(unzipped);
      expect(nodeModulesAbove(unzipped), 'a node_modules above the test folder would hide missing modules').to.deep.equal([]);
      for (const bundle of ['index.js', 'mcp.js']) {
        const { stdout } = await run(process.execPath, ['-e', 'console.log(typeof require(process.argv[1]).handler)', join(unzipped, bundle)], {
          env: bareEnv,
        });
        expect(stdout.trim(), bundle).to.equal('function');
      }
    } finally {
      rmSync(unzipped, { recursive: true, force: true });
    }
  });
});

describe('build: bundled jsforce with the stubs from hooks/bundle.ts', function () {
  this.timeout(60_000);
  let work: string;
  let server: Server;
  let instanceUrl: string;
  const seen: { method?: string; url?: string; authorization?: string; body: string }[] = [];
  let bundledInputs: string[];

  before(async () => {
    work = tempDir('jsforce');
    const outfile = join(work, 'index.js');
    const { metafile } = await build({ ...bundleOptions(join(__dirname, 'fixtures/jsforce-entry.ts'), outfile), metafile: true });
    bundledInputs = Object.keys(metafile.inputs);
    expect(nodeModulesAbove(work)).to.deep.equal([]);

    server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, authorization: req.headers.authorization, body });
        const json = (status: number, value: unknown) => {
          res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8' });
          res.end(JSON.stringify(value));
        };
        if (req.method === 'GET' && req.url?.startsWith('/services/data/v66.0/query')) {
          json(200, { totalSize: 1, done: true, records: [{ attributes: { type: 'Account' }, Id: '001000000000001AAA' }] });
        } else if (req.method === 'POST' && req.url === '/services/data/v66.0/sobjects/Case') {
          json(201, { id: '500000000000001AAA', success: true, errors: [] });
        } else {
          json(404, [{ errorCode: 'NOT_FOUND', message: `${req.method} ${req.url}` }]);
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    instanceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.close();
    rmSync(work, { recursive: true, force: true });
  });

  const callBundle = (fn: string) =>
    run(
      process.execPath,
      ['-e', `require(process.argv[1]).${fn}(process.argv[2]).then((r) => console.log(JSON.stringify(r)), (e) => console.log(JSON.stringify({ error: e.message })))`, join(work, 'index.js'), instanceUrl],
      { env: bareEnv },
    );

  it('leaves the stubbed packages out of the bundle', () => {
    for (const name of Object.keys(STUBS)) {
      expect(bundledInputs.filter((input) => input.includes(`node_modules/${name}/`)), name).to.deep.equal([]);
    }
  });

  it('queries and creates records over HTTP', async () => {
    const { stdout } = await callBundle('queryAndCreate');
    expect(JSON.parse(stdout)).to.deep.equal({
      ids: ['001000000000001AAA'],
      created: { id: '500000000000001AAA', success: true, errors: [] },
    });
    const create = seen.find((r) => r.method === 'POST');
    expect(create?.authorization).to.equal('Bearer test-token');
    expect(JSON.parse(create?.body ?? '{}')).to.deep.equal({ Subject: 'Projector broken' });
  });

  it('fails a multipart upload loudly, naming hooks/bundle.ts', async () => {
    const { stdout } = await callBundle('uploadFile');
    expect(JSON.parse(stdout).error).to.include('hooks/bundle.ts');
  });
});

describe('build: hooks/zip.ts', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).to.equal(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).to.equal(0);
  });

  it('writes entries another zip reader restores byte for byte', () => {
    const files = [
      { name: 'index.js', data: Buffer.from('exports.handler = async () => ({});\n'.repeat(200)) },
      { name: 'empty.txt', data: Buffer.alloc(0) },
      { name: 'data.bin', data: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)) },
    ];
    const entries = new AdmZip(createZip(files)).getEntries();
    expect(entries.map((e) => [e.entryName, e.getData().toString('hex')])).to.deep.equal(files.map((f) => [f.name, f.data.toString('hex')]));
  });

  it('makes the same bytes from the same files at any time, so ask-cli sees an unchanged build as unchanged', () => {
    const files = [{ name: 'index.js', data: Buffer.from('exports.x = 1;') }];
    // Years, hours and seconds apart on a fake clock: no part of the time of writing may reach the bytes.
    mock.timers.enable({ apis: ['Date'], now: Date.UTC(2026, 0, 1, 0, 0, 0) });
    try {
      const first = createZip(files);
      mock.timers.setTime(Date.UTC(2031, 6, 15, 13, 47, 29));
      expect(createZip(files).equals(first)).to.equal(true);
    } finally {
      mock.timers.reset();
    }
  });

  it('makes the same zip from the command line whatever the files’ modification times', () => {
    const work = tempDir('zipmtime');
    try {
      const file = join(work, 'a.js');
      writeFileSync(file, 'exports.x = 1;');
      const zipped = (mtime: Date, out: string) => {
        utimesSync(file, mtime, mtime);
        const r = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'hooks/zip.ts'), out, file], { encoding: 'utf8' });
        expect(r.status, r.stderr).to.equal(0);
        return readFileSync(out);
      };
      const first = zipped(new Date('2020-02-02T02:02:02Z'), join(work, 'first.zip'));
      expect(zipped(new Date('2030-09-19T19:19:19Z'), join(work, 'second.zip')).equals(first)).to.equal(true);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('is what build.sh calls from the command line', () => {
    const work = tempDir('zipcli');
    try {
      writeFileSync(join(work, 'a.js'), 'a');
      const out = join(work, 'out.zip');
      const r = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'hooks/zip.ts'), out, join(work, 'a.js')], { encoding: 'utf8' });
      expect(r.status, r.stderr).to.equal(0);
      expect(new AdmZip(out).getEntries().map((e) => e.entryName)).to.deep.equal(['a.js']);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
