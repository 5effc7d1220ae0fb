/**
 * `npm run test:vscode`: the extension's checks in VS Code desktop, through @vscode/test-electron.
 * VS Code desktop is downloaded on first use; where it cannot be (a machine with no route to
 * Microsoft's update service), this says so plainly and exits with status 1: not a pass.
 */
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '..', '..');
  let executable: string;
  try {
    executable = await downloadAndUnzipVSCode({ timeout: 30000 });
  } catch (e) {
    process.stderr.write(`VS Code desktop could not be downloaded here (${(e as Error).message.split('\n')[0]}).\n`
      + 'The @vscode/test-electron suite did NOT run; this is not a pass. Run `npm run test:vscode` on a computer\n'
      + 'that can download VS Code; the same scenarios run in code-server by `npm test`.\n');
    return 1;
  }
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(__dirname, 'suite.js'),
    launchArgs: [path.join(root, 'test', 'fixtures', 'workspace'), '--disable-extensions', '--disable-workspace-trust'],
  });
  return 0;
}

main().then((code) => { process.exitCode = code; }, (e) => { process.stderr.write(`The VS Code suite failed: ${(e as Error).message}\n`); process.exitCode = 1; });
