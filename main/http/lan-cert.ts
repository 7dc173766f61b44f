import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { ensurePrivateDir } from '../db/private-files';

// Office-network mode's HTTPS certificate: made on first use, kept in the data folder (owner-only),
// and recognised by its SHA-256 fingerprint, which 设置 and the sign-in page show so colleagues can
// check that the browser's warning is about our own certificate and nothing in between.

export interface LanCertificate {
  key: string;
  cert: string;
  /** SHA-256 fingerprint, colon-separated hex. */
  fingerprint: string;
}

export async function lanCertificate(dataDir: string, host: string): Promise<LanCertificate> {
  const dir = join(dataDir, 'lan');
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  ensurePrivateDir(dir);
  if (existsSync(keyFile) && existsSync(certFile)) {
    const cert = readFileSync(certFile, 'utf8');
    const parsed = new X509Certificate(cert);
    // Reused while it is valid and names this address; otherwise a new one is made.
    if (parsed.checkIP(host) !== undefined && Date.parse(parsed.validTo) > Date.now())
      return { key: readFileSync(keyFile, 'utf8'), cert, fingerprint: parsed.fingerprint256 };
  }
  const made = await generate([{ name: 'commonName', value: `法审工作台 ${host}` }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 825 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: host }] },
    ],
  } as never);
  writeFileSync(keyFile, made.private, { mode: 0o600 });
  writeFileSync(certFile, made.cert, { mode: 0o600 });
  return { key: made.private, cert: made.cert, fingerprint: new X509Certificate(made.cert).fingerprint256 };
}
