// Type-checks the three TypeScript projects side by side: main/ sees Node's types and no DOM,
// renderer/ sees the DOM and no Node, and the root project (shared/, tests, bench, build scripts)
// sees both. Each is strict; one failing fails the whole check.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const projects = ['main/tsconfig.json', 'renderer/tsconfig.json', 'tsconfig.json'];

const results = await Promise.all(
  projects.map(
    (project) =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [tsc, '-p', project, '--noEmit', '--pretty'], { stdio: 'pipe' });
        let out = '';
        child.stdout.on('data', (chunk) => (out += chunk));
        child.stderr.on('data', (chunk) => (out += chunk));
        child.on('close', (code) => resolve({ project, code, out }));
      }),
  ),
);
for (const { project, code, out } of results) {
  console.log(`${code === 0 ? 'ok  ' : 'FAIL'} ${project}`);
  if (code !== 0) process.stdout.write(out);
}
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
