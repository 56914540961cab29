/** API versions the emulator serves (31.0 … 66.0, Spring '26) and the version root's resource list. */
import { ok, type Resource } from './data-api';

const OLDEST = 31;
export const LATEST = 66;

/** `66.0` → true; only whole versions exist. */
export function isSupportedVersion(version: string): boolean {
  const match = /^(\d+)\.0$/.exec(version);
  const major = Number(match?.[1]);
  return major >= OLDEST && major <= LATEST;
}

/** Three releases a year, newest first: v66 Spring '26, v65 Winter '26, v64 Summer '25, v63 Spring '25 … */
function releaseLabel(major: number): string {
  const back = LATEST - major;
  const season = (['Spring', 'Winter', 'Summer'] as const)[back % 3] ?? 'Spring';
  const year = 26 - Math.floor(back / 3) - (season === 'Summer' ? 1 : 0);
  return `${season} '${String(year).padStart(2, '0')}`;
}

/** `GET /services/data`: answered without a session, like Salesforce. */
export function versionList(): { label: string; url: string; version: string }[] {
  const list = [];
  for (let major = OLDEST; major <= LATEST; major++) {
    list.push({ label: releaseLabel(major), url: `/services/data/v${major}.0`, version: `${major}.0` });
  }
  return list;
}

/** `GET /services/data/vNN.N`: the resources this emulator implements, plus the identity URL. */
export function versionRoot(identityUrl: (userId: string) => string): Resource {
  return {
    pattern: /^\/?$/,
    methods: {
      GET: (req) => {
        const base = `/services/data/v${req.version}`;
        const names = ['sobjects', 'query', 'queryAll', 'search', 'composite', 'limits', 'actions'];
        return ok({ ...Object.fromEntries(names.map((n) => [n, `${base}/${n}`])), identity: identityUrl(req.userId) });
      },
    },
  };
}
