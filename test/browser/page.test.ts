/**
 * The page, the stored-results view and /docs in headless Chromium (Debian's, driven by
 * playwright-core) against `npm start`. Every request that leaves 127.0.0.1 is blocked and
 * fails the test; axe-core checks accessibility; screenshots go to artifacts/screenshots/.
 */
import { createHmac, randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'

const base = inject('baseUrl')
const SCREENSHOTS = 'artifacts/screenshots'
const seedShaped = readFileSync('fixtures/articles/coalition-invite.page.txt', 'utf8')
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8')

let browser: Browser
let context: BrowserContext
let page: Page
let outside: string[] = []

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true })
  browser = await chromium.launch({
    executablePath: inject('chromium'),
    args: ['--no-sandbox', '--headless', '--disable-gpu'],
  })
})
afterAll(async () => browser?.close())

async function open(width = 1280, height = 900) {
  // bypassCSP only so that the test can inject axe-core; the page itself runs under the CSP.
  context = await browser.newContext({ viewport: { width, height }, bypassCSP: true })
  outside = []
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:')
      return route.continue()
    outside.push(url.href)
    return route.abort()
  })
  page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(String(error)))
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused/.test(message.text()))
      errors.push(message.text())
  })
  return errors
}

afterEach(async () => {
  expect(outside, 'requests that left 127.0.0.1').toEqual([])
  await context?.close()
})

/** The id of the focused element, evaluated in the page. */
const ACTIVE_ID = 'document.activeElement && document.activeElement.id'

async function seriousViolations() {
  await page.addScriptTag({ content: axeSource })
  const result = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>
        }
      }
    ).axe
    return (await axe.run()).violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.length,
    }))
  })
  return result.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  )
}

async function expected() {
  const response = await fetch(`${base}/v1/analyze`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: seedShaped }),
  })
  return (await response.json()) as {
    stats: { words: number }
    readability: { consensusGrade: number; readingTimeSeconds: number; sentences: unknown[] }
    keywords: { term: string }[]
    topics: { label: string }[]
    stance: {
      events: { label: string; actor: string; cue: string }[]
      actors: { actor: string }[]
      counts: Record<string, number>
    }
    clean: { title: string; removed: Record<string, number> }
  }
}

describe('the page in Chromium', () => {
  it('analyzes a pasted seed-shaped article: highlights, gauge, chips and tables with the API’s numbers', async () => {
    const errors = await open()
    const want = await expected()
    await page.goto(`${base}/`)
    await page.getByLabel(/^Article/).fill(seedShaped)
    await page.getByLabel(/^Article/).press('Control+Enter')
    await page.locator('#report-title').waitFor()
    expect(await page.locator('#report-title').textContent()).toBe(want.clean.title)
    // One highlight per stance event, in its label's colour.
    // (An event's highlight may be cut in pieces by another span: count the events, not marks.)
    const shown = await page.$$eval(
      'mark[data-events]',
      (marks) =>
        [...new Set(marks.flatMap((mark) => (mark.getAttribute('data-events') ?? '').split(' ')))]
          .length,
    )
    expect(shown).toBe(want.stance.events.length)
    for (const label of ['invited', 'accepted', 'declined', 'noResponse']) {
      const events = want.stance.events.filter((event) => event.label === label).length
      expect((await page.locator(`.clean-text mark.hl-${label}`).count()) > 0, label).toBe(
        events > 0,
      )
    }
    expect(await page.locator('[data-count="invited"]').textContent()).toBe(
      String(want.stance.counts.invited),
    )
    expect(await page.locator('[data-count="noResponse"]').textContent()).toBe(
      String(want.stance.counts.noResponse),
    )
    expect(await page.locator('#consensus-grade').textContent()).toBe(
      want.readability.consensusGrade.toFixed(1),
    )
    expect(await page.locator('svg.gauge .gauge-text').textContent()).toBe(
      want.readability.consensusGrade.toFixed(1),
    )
    expect(await page.locator('.strip span').count()).toBe(want.readability.sentences.length)
    expect(await page.locator('.chips[aria-label="keyphrases"] .chip').count()).toBe(
      want.keywords.length,
    )
    expect(await page.locator('.chips[aria-label="topics"] .chip').count()).toBe(want.topics.length)
    expect(await page.locator('table.actors tbody tr').count()).toBe(want.stance.actors.length)
    expect(await page.locator('.removed li').count()).toBe(
      Object.values(want.clean.removed).filter((n) => n > 0).length,
    )
    expect(await page.locator('.hard').count()).toBeGreaterThan(0)
    // Focusing a highlight shows its actor, cue and rule.
    await page.locator('.clean-text mark.hl-noResponse').first().focus()
    const tip = page.locator('#tooltip')
    await tip.waitFor({ state: 'visible' })
    const noResponse = want.stance.events.find((event) => event.label === 'noResponse')!
    expect(await tip.textContent()).toContain(`no response: ${noResponse.actor}`)
    expect(await tip.textContent()).toContain(noResponse.cue)
    expect(await tip.textContent()).toMatch(/rule \S+/)
    // The curl command is the same request.
    await page.locator('#curl-link').click()
    expect(await page.locator('#curl').textContent()).toContain('/v1/analyze')
    expect(await seriousViolations()).toEqual([])
    await page.screenshot({ path: `${SCREENSHOTS}/analyze-desktop.png`, fullPage: true })
    expect(errors).toEqual([])
  })

  it('works at phone width, by keyboard', async () => {
    const errors = await open(390, 844)
    await page.goto(`${base}/`)
    // Tab from the top of the page reaches the text box, then Ctrl+Enter analyzes.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab')
      if ((await page.evaluate(ACTIVE_ID)) === 'article') break
    }
    expect(await page.evaluate(ACTIVE_ID)).toBe('article')
    await page.keyboard.insertText(seedShaped)
    await page.keyboard.press('Control+Enter')
    await page.locator('#report-title').waitFor()
    // Expressions run in the page (this file is typed for Node, not the DOM).
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - window.innerWidth',
    )
    expect(overflow).toBeLessThanOrEqual(1)
    expect(await seriousViolations()).toEqual([])
    await page.screenshot({ path: `${SCREENSHOTS}/analyze-phone.png`, fullPage: true })
    expect(errors).toEqual([])
  })

  it('shows the problem’s detail when the API refuses', async () => {
    await open()
    await page.goto(`${base}/`)
    await page.getByLabel(/^Article/).fill('<div><script>var a = 1</script></div>')
    await page.getByRole('button', { name: 'Analyze' }).click()
    const alert = page.getByRole('alert').first()
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(/422.*No article text was found/)
  })

  it('lists a stored result from a webhook delivery and opens it in the same view', async () => {
    await open()
    const id = `browser-${randomUUID()}`
    const title = `Harbour board invites ferry unions to talks ${id.slice(-6)}`
    const body = JSON.stringify({
      type: 'article.published',
      data: {
        id,
        title,
        text: 'The harbour board invited the ferry unions to talks on the winter timetable. The unions declined the invitation on Tuesday.',
      },
    })
    const messageId = `msg_${randomUUID()}`
    const timestamp = String(Math.floor(Date.now() / 1000))
    const key = Buffer.from(inject('webhookSecret').slice('whsec_'.length), 'base64')
    const signature = createHmac('sha256', key)
      .update(`${messageId}.${timestamp}.${body}`)
      .digest('base64')
    const delivered = await fetch(`${base}/v1/webhooks/standard`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': messageId,
        'webhook-timestamp': timestamp,
        'webhook-signature': `v1,${signature}`,
      },
      body,
    })
    expect(delivered.status).toBe(202)
    // Wait for the queue to store it.
    for (let attempt = 0; attempt < 80; attempt++) {
      if ((await fetch(`${base}/v1/results/standard/${id}`)).status === 200) break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    await page.goto(`${base}/#/results`)
    await page.getByLabel('Source').fill('standard')
    await page.getByRole('button', { name: 'Show' }).click()
    const link = page.getByRole('link', { name: title })
    await link.waitFor()
    expect(await seriousViolations()).toEqual([])
    await page.screenshot({ path: `${SCREENSHOTS}/results-desktop.png`, fullPage: true })
    await link.click()
    await page.locator('#report-title').waitFor()
    expect(await page.locator('#report-title').textContent()).toBe(title)
    expect(await page.locator('.clean-text mark.hl-invited').count()).toBe(1)
    expect(await page.locator('.clean-text mark.hl-declined').count()).toBe(1)
  })

  it('/docs renders every route from /openapi.json, with nothing from another host', async () => {
    const errors = await open()
    await page.goto(`${base}/docs`)
    await page.locator('.opblock').first().waitFor({ timeout: 20_000 })
    const text = (await page.locator('#reference').textContent()) ?? ''
    for (const path of [
      '/v1/analyze',
      '/v1/clean',
      '/v1/stance',
      '/v1/webhooks/{source}',
      '/v1/results',
      '/v1/jobs',
      '/health',
    ])
      expect(text).toContain(path)
    await page.screenshot({ path: `${SCREENSHOTS}/docs-desktop.png` })
    expect(errors).toEqual([])
  })
})
