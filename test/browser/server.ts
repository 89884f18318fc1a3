/**
 * Global setup of the browser tests: `npm start` on its own port, in its own process group
 * (ended by its id), with a Standard Webhooks secret so a test can deliver an article. Gives
 * the tests its URL, the secret and the path of Chromium.
 */
import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { startLocalServer } from '../../scripts/local-server'

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
  const server = await startLocalServer(
    'npm',
    ['start', '--', '--port', String(PORT), '--var', `WEBHOOK_SECRET_STANDARD:${SECRET}`],
    PORT,
  )
  const baseUrl = server.url
  project.provide('baseUrl', baseUrl)
  project.provide('webhookSecret', SECRET)
  project.provide('chromium', CHROMIUM)
  return () => server.stop()
}
