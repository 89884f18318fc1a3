/**
 * A local copydesk (`npm start` or `wrangler dev`) in its own process group, for the load and
 * backfill benchmarks and the browser tests: started, waited for on /health, and ended by its
 * group id (never by name: other servers run on the machine).
 */
import { spawn, type ChildProcess } from 'node:child_process'

export interface LocalServer {
  url: string
  /** The process group id (the leader's pid). */
  pid: number
  stop(): void
}

/**
 * Runs `command args` detached and resolves once `GET /health` on `port` answers 200.
 *
 * @example
 * const server = await startLocalServer('npm', ['start', '--', '--port', '8795'], 8795)
 * // ... server.url ...
 * server.stop()
 */
export async function startLocalServer(
  command: string,
  args: string[],
  port: number,
  options: { cwd?: string; showErrors?: boolean } = {},
): Promise<LocalServer> {
  const child: ChildProcess = spawn(command, args, {
    cwd: options.cwd,
    detached: true,
    stdio: ['ignore', 'ignore', options.showErrors ? 'inherit' : 'ignore'],
  })
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  process.on('exit', stop)
  const url = `http://127.0.0.1:${port}`
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${url}/health`)).ok) break
    } catch {
      // not up yet
    }
    if (attempt > 120) {
      stop()
      throw new Error(
        `${command} ${args.join(' ')} did not answer on ${url}/health within a minute`,
      )
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return { url, pid: child.pid ?? 0, stop }
}
