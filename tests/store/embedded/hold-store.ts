// A second process holding an embedded store open, as a running `kg query` or `kg build` would.
import { spawn, type ChildProcess } from 'node:child_process';

/** Starts a process that opens the store and keeps it open until killed. */
export function holdStore(path: string, readOnly: boolean): Promise<ChildProcess> {
  const script = `
    const kuzu = require('kuzu');
    const db = new kuzu.Database(process.argv[1], 0, true, process.argv[2] === 'ro');
    const conn = new kuzu.Connection(db);
    conn.query('RETURN 1').then((r) => { r.close(); process.stdout.write('ready\\n'); });
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script, path, readOnly ? 'ro' : 'rw'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolveReady, reject) => {
    let err = '';
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) resolveReady(child);
    });
    child.on('exit', (code) => reject(new Error(`holder exited with ${code}: ${err}`)));
  });
}

export function stopHolder(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    child.removeAllListeners('exit');
    child.on('exit', () => done());
    child.kill('SIGKILL');
  });
}
