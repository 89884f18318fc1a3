/**
 * Global setup of the browser tests: `npm start` on its own port, in its own process group
 * (ended by its id), with a Standard Webhooks secret so a test can deliver an article. Gives
 * the tests its URL, the secret and the path of Chromium.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const PORT = 8797
const SECRET = `whsec_${Buffer.from('copydesk-browser-test-secret-001').toString('base64')}`

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    webhookSecret: string
    chromium: string
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`,
    )
  const server = spawn(
    'npm',
    ['start', '--', '--port', String(PORT), '--var', `WEBHOOK_SECRET_STANDARD:${SECRET}`],
    { detached: true, stdio: 'ignore' },
  )
  const baseUrl = `http://127.0.0.1:${PORT}`
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) break
    } catch {
      // not up yet
    }
    if (attempt > 120) throw new Error('npm start did not answer on /health within a minute')
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  project.provide('baseUrl', baseUrl)
  project.provide('webhookSecret', SECRET)
  project.provide('chromium', CHROMIUM)
  return () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
}
