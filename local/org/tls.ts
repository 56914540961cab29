/**
 * The certificate the local org's HTTPS listener presents: self-signed, for 127.0.0.1 and localhost, made once per
 * process (every HTTPS org in a test run shares it, so one trusted certificate covers them all). Only a client
 * told to trust it (the local stack's skill, the benchmark) accepts it; nothing turns TLS verification off.
 */
import { generate } from 'selfsigned';

export interface LocalCertificate {
  /** PEM: what a client adds to the certificates it trusts. */
  cert: string;
  key: string;
}

let made: Promise<LocalCertificate> | undefined;

export function localCertificate(): Promise<LocalCertificate> {
  made ??= generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] },
    ],
  }).then((pems) => ({ cert: pems.cert, key: pems.private }));
  return made;
}
