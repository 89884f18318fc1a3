// The editors' page: analyze an article, or open a stored result, and show everything the API
// answers. Plain DOM (no framework, nothing from another host); text is always set with
// textContent, never parsed as HTML.

const $ = (selector) => document.querySelector(selector)

/** Creates an element with attributes and children (strings become text). */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue
    if (name === 'class') node.className = value
    else if (name === 'text') node.textContent = value
    else node.setAttribute(name, value === true ? '' : String(value))
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue
    node.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child)
  }
  return node
}

const LABELS = {
  invited: 'invited',
  accepted: 'accepted',
  declined: 'declined',
  noResponse: 'no response',
}

const FORMULAS = [
  ['fleschReadingEase', 'Flesch Reading Ease (0–100, higher is easier)'],
  ['fleschKincaidGrade', 'Flesch–Kincaid grade'],
  ['gunningFog', 'Gunning Fog'],
  ['smog', 'SMOG'],
  ['colemanLiau', 'Coleman–Liau'],
  ['automatedReadabilityIndex', 'Automated Readability Index'],
  ['daleChall', 'Dale–Chall'],
  ['linsearWrite', 'Linsear Write'],
  ['spache', 'Spache'],
  ['lix', 'LIX'],
  ['rix', 'RIX'],
  ['amstad', 'Flesch–Amstad'],
  ['wienerSachtextformel', 'Wiener Sachtextformel'],
  ['fernandezHuerta', 'Fernández Huerta'],
  ['szigrisztPazos', 'Szigriszt–Pazos'],
  ['kandelMoles', 'Kandel–Moles'],
  ['gulpease', 'Gulpease'],
  ['douma', 'Flesch–Douma'],
]

// ---------------------------------------------------------------- keys and requests

const KEY_STORE = 'copydesk-key'

function apiKey() {
  return sessionStorage.getItem(KEY_STORE) ?? ''
}

for (const input of [$('#key'), $('#results-key')]) {
  input.value = apiKey()
  input.addEventListener('input', () => {
    sessionStorage.setItem(KEY_STORE, input.value)
    for (const other of [$('#key'), $('#results-key')])
      if (other !== input) other.value = input.value
  })
}

function headers(extra = {}) {
  const key = apiKey()
  return { ...extra, ...(key ? { authorization: `Bearer ${key}` } : {}) }
}

/** Fetches JSON from the API; a problem+json answer becomes an Error with its detail. */
async function api(path, init = {}) {
  let response
  try {
    response = await fetch(path, { ...init, headers: headers(init.headers) })
  } catch {
    throw new Error('The service could not be reached.')
  }
  const text = await response.text()
  let body = null
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON
  }
  if (!response.ok) {
    const detail = body && typeof body.detail === 'string' ? body.detail : text.slice(0, 300)
    const error = new Error(`${response.status} ${body?.title ?? response.statusText}: ${detail}`)
    error.requestId = response.headers.get('x-request-id')
    throw error
  }
  return body
}

function showError(region, error) {
  region.hidden = false
  region.replaceChildren(
    el('strong', { text: 'The request failed. ' }),
    error.message,
    error.requestId ? el('span', { class: 'muted', text: ` (request id ${error.requestId})` }) : '',
  )
}

// ---------------------------------------------------------------- analyze view

const form = $('#analyze-form')
const article = $('#article')
const status = $('#status')

function looksLikeHtml(text) {
  return /<(?:!doctype|html|body|p|div|article|h[1-6]|br|span|a)\b/i.test(text)
}

function requestBody() {
  const content = article.value
  const kind =
    $('#kind').value === 'auto' ? (looksLikeHtml(content) ? 'html' : 'text') : $('#kind').value
  const body = { [kind]: content }
  const title = $('#title').value.trim()
  if (title) body.title = title
  return body
}

async function runAnalysis() {
  const error = $('#error')
  error.hidden = true
  if (!article.value.trim()) {
    showError(error, new Error('Paste an article, or open a file, first.'))
    article.focus()
    return
  }
  const body = requestBody()
  status.textContent = 'Analyzing…'
  $('#analyze-button').disabled = true
  try {
    const result = await api('/v1/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    status.textContent = `Analyzed: ${result.stats.words} words.`
    render(result, { request: body })
  } catch (failure) {
    status.textContent = ''
    showError(error, failure)
  } finally {
    $('#analyze-button').disabled = false
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault()
  runAnalysis()
})
article.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault()
    runAnalysis()
  }
})

function readFile(file) {
  if (!file) return
  const reader = new FileReader()
  reader.onload = () => {
    article.value = String(reader.result ?? '')
    $('#kind').value = /\.html?$/i.test(file.name)
      ? 'html'
      : /\.txt$/i.test(file.name)
        ? 'text'
        : 'auto'
    status.textContent = `Loaded ${file.name}.`
  }
  reader.readAsText(file)
}
$('#file').addEventListener('change', (event) => readFile(event.target.files[0]))
article.addEventListener('dragover', (event) => {
  event.preventDefault()
  article.classList.add('dropping')
})
article.addEventListener('dragleave', () => article.classList.remove('dropping'))
article.addEventListener('drop', (event) => {
  event.preventDefault()
  article.classList.remove('dropping')
  readFile(event.dataTransfer?.files?.[0])
})

// ---------------------------------------------------------------- the report

const round = (value, digits = 1) =>
  value === null || value === undefined ? '—' : Number(value).toFixed(digits)

function section(id, title, ...content) {
  return el(
    'section',
    { class: 'card', id, 'aria-labelledby': `${id}-h` },
    el('h3', { id: `${id}-h`, text: title }),
    ...content,
  )
}

/** The clean text, paragraph by paragraph, with stance evidence and the hardest sentences marked. */
function cleanText(result) {
  const text = result.clean.text
  const spans = []
  result.stance.events.forEach((event, index) => spans.push({ ...event, kind: 'event', index }))
  for (const hard of result.readability.hardestSentences ?? [])
    spans.push({ start: hard.start, end: hard.end, kind: 'hard', grade: hard.grade })
  const bounds = new Set([0, text.length])
  for (const span of spans) {
    bounds.add(Math.max(0, Math.min(text.length, span.start)))
    bounds.add(Math.max(0, Math.min(text.length, span.end)))
  }
  // Paragraph breaks are bounds too, so that each piece sits in one paragraph.
  for (const match of text.matchAll(/\n\n/g)) {
    bounds.add(match.index)
    bounds.add(match.index + 2)
  }
  const cuts = [...bounds].sort((a, b) => a - b)
  const container = el('div', { class: 'clean-text' })
  let paragraph = el('p')
  container.append(paragraph)
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]]
    const piece = text.slice(from, to)
    if (piece === '\n\n') {
      paragraph = el('p')
      container.append(paragraph)
      continue
    }
    const covering = spans.filter(
      (span) => span.start <= from && span.end >= to && span.end > span.start,
    )
    const events = covering.filter((span) => span.kind === 'event')
    const hard = covering.find((span) => span.kind === 'hard')
    if (!events.length && !hard) {
      paragraph.append(piece)
      continue
    }
    const classes = [hard ? 'hard' : '', ...events.map((event) => `hl hl-${event.label}`)]
    const describe = [
      ...events.map(
        (event) =>
          `${LABELS[event.label]}: ${event.actor ?? 'unnamed party'} · cue “${event.cue ?? ''}” · rule ${event.rule ?? '—'}${event.cameo ? ` · CAMEO ${event.cameo}` : ''}`,
      ),
      hard ? `one of the hardest sentences: grade ${round(hard.grade)}` : '',
    ].filter(Boolean)
    paragraph.append(
      el(
        events.length ? 'mark' : 'span',
        {
          class: classes.join(' ').trim(),
          tabindex: events.length ? 0 : undefined,
          'data-tip': describe.join('\n'),
          'data-events': events.map((event) => event.index).join(' ') || undefined,
        },
        piece,
      ),
    )
  }
  const legend = el(
    'ul',
    { class: 'legend', 'aria-label': 'Highlight colours' },
    ...Object.entries(LABELS).map(([label, name]) =>
      el('li', {}, el('mark', { class: `hl hl-${label}`, text: name })),
    ),
    el('li', {}, el('span', { class: 'hard', text: 'hardest sentences' })),
  )
  return section('clean', 'Clean text', legend, container)
}

/** A half-circle gauge of the consensus grade on a 0–18 scale. */
function gauge(grade) {
  const value = grade === null || grade === undefined ? null : Math.max(0, Math.min(18, grade))
  const ns = 'http://www.w3.org/2000/svg'
  const svg = document.createElementNS(ns, 'svg')
  svg.setAttribute('viewBox', '0 0 200 120')
  svg.setAttribute('class', 'gauge')
  svg.setAttribute('role', 'img')
  svg.setAttribute(
    'aria-label',
    value === null ? 'No consensus grade' : `Consensus grade ${round(grade)} on a scale of 0 to 18`,
  )
  const arc = (fraction, cls) => {
    const angle = Math.PI * (1 - fraction)
    const x = 100 + 80 * Math.cos(angle)
    const y = 100 - 80 * Math.sin(angle)
    const path = document.createElementNS(ns, 'path')
    path.setAttribute('d', `M 20 100 A 80 80 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)}`)
    path.setAttribute('class', cls)
    return path
  }
  svg.append(arc(0.9999, 'gauge-track'))
  if (value !== null)
    svg.append(arc(Math.max(0.001, value / 18), `gauge-value band-${band(value)}`))
  const label = document.createElementNS(ns, 'text')
  label.setAttribute('x', '100')
  label.setAttribute('y', '96')
  label.setAttribute('class', 'gauge-text')
  label.textContent = value === null ? '—' : round(grade)
  const caption = document.createElementNS(ns, 'text')
  caption.setAttribute('x', '100')
  caption.setAttribute('y', '116')
  caption.setAttribute('class', 'gauge-caption')
  caption.textContent = 'grade'
  svg.append(label, caption)
  return svg
}

const band = (grade) =>
  grade === null
    ? 'none'
    : grade <= 6
      ? 'easy'
      : grade <= 9
        ? 'plain'
        : grade <= 12
          ? 'hard'
          : 'harder'

function readability(result) {
  const r = result.readability
  const minutes = Math.floor(r.readingTimeSeconds / 60)
  const seconds = r.readingTimeSeconds % 60
  // Formulas for another language are listed once, below the table, not as empty rows.
  const rows = FORMULAS.filter(([key]) => key in r && !r.notApplicable?.includes(key)).map(
    ([key, name]) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row', text: name }),
        el('td', { 'data-formula': key, text: round(r[key]) }),
      ),
  )
  const sentences = r.sentences ?? []
  const words = sentences.reduce((sum, sentence) => sum + (sentence.words || 1), 0) || 1
  const counts = { easy: 0, plain: 0, hard: 0, harder: 0, none: 0 }
  const strip = el(
    'div',
    { class: 'strip' },
    ...sentences.map((sentence, index) => {
      counts[band(sentence.grade)]++
      return el('span', {
        class: `band-${band(sentence.grade)}`,
        style: undefined,
        'data-width': ((sentence.words || 1) / words) * 100,
        title: `Sentence ${index + 1}: grade ${round(sentence.grade)}, ${sentence.words} words`,
      })
    }),
  )
  strip.setAttribute('role', 'img')
  strip.setAttribute(
    'aria-label',
    `Difficulty of ${sentences.length} sentences along the article: ${counts.easy} easy (grade 6 or less), ${counts.plain} plain (7–9), ${counts.hard} hard (10–12), ${counts.harder} harder (over 12).`,
  )
  // Widths through the CSSOM: the Content-Security-Policy allows no inline style attribute.
  for (const segment of strip.children) segment.style.flexGrow = segment.dataset.width
  return section(
    'readability',
    'Readability',
    el(
      'div',
      { class: 'readability-top' },
      gauge(r.consensusGrade),
      el(
        'dl',
        { class: 'facts' },
        el('dt', { text: 'Consensus grade' }),
        el('dd', { id: 'consensus-grade', text: round(r.consensusGrade) }),
        el('dt', { text: 'Reading time' }),
        el('dd', { id: 'reading-time', text: `${minutes} min ${seconds} s` }),
        el('dt', { text: 'Words / sentences' }),
        el('dd', { text: `${result.stats.words} / ${result.stats.sentences}` }),
      ),
    ),
    el('h4', { text: 'Sentence difficulty along the article' }),
    strip,
    el(
      'table',
      { class: 'formulas' },
      el('caption', { text: 'Every formula' }),
      el('tbody', {}, ...rows),
    ),
    r.notApplicable?.length
      ? el('p', {
          class: 'muted',
          text: `Not applicable to this language: ${r.notApplicable.join(', ')}.`,
        })
      : '',
  )
}

function chips(items, label, describe) {
  if (!items.length) return el('p', { class: 'muted', text: `No ${label}.` })
  return el(
    'ul',
    { class: 'chips', 'aria-label': label },
    ...items.map((item) => el('li', { class: 'chip' }, ...describe(item))),
  )
}

function tags(result) {
  return section(
    'tags',
    'Keyphrases and topics',
    el('h4', { text: 'Keyphrases' }),
    chips(result.keywords, 'keyphrases', (keyword) => [
      el('span', { text: keyword.term }),
      el('span', { class: 'score', text: round(keyword.score, 2) }),
    ]),
    el('h4', { text: 'IPTC Media Topics' }),
    chips(result.topics, 'topics', (topic) => [
      el('span', { text: topic.label }),
      el('span', { class: 'score', text: round(topic.score, 2) }),
      el('span', { class: 'muted', text: topic.id }),
    ]),
  )
}

function stance(result) {
  const { counts, actors } = result.stance
  const summary = el(
    'ul',
    { class: 'counts' },
    ...Object.entries(LABELS).map(([label, name]) =>
      el(
        'li',
        { class: `count count-${label}` },
        el('span', { class: 'count-n', 'data-count': label, text: counts[label] }),
        ` ${name}`,
      ),
    ),
  )
  const table = actors.length
    ? el(
        'table',
        { class: 'actors' },
        el('caption', { text: 'Per actor' }),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'col', text: 'Actor' }),
            ...Object.values(LABELS).map((name) => el('th', { scope: 'col', text: name })),
          ),
        ),
        el(
          'tbody',
          {},
          ...actors.map((actor) =>
            el(
              'tr',
              {},
              el('th', { scope: 'row', text: actor.actor }),
              ...Object.keys(LABELS).map((label) => el('td', { text: actor[label] })),
            ),
          ),
        ),
      )
    : el('p', { class: 'muted', text: 'No stance events in this article.' })
  return section('stance', 'Stance', summary, table)
}

function cleaning(result) {
  const removed = Object.entries(result.clean.removed ?? {}).filter(([, count]) => count > 0)
  const facts = [
    ['Title', result.clean.title],
    ['Byline', result.clean.byline],
    ['Dateline', result.clean.dateline],
    ['Published', result.clean.published],
    ['Language', result.language],
    ['Treated as', result.clean.source],
  ]
  const warnings = result.clean.warnings ?? []
  return section(
    'cleaning',
    'What cleaning found and removed',
    warnings.length
      ? el(
          'ul',
          { class: 'warnings', 'aria-label': 'Warnings' },
          ...warnings.map((warning) => el('li', { text: warning.message })),
        )
      : null,
    el(
      'dl',
      { class: 'facts' },
      ...facts.flatMap(([name, value]) => [
        el('dt', { text: name }),
        el('dd', { text: value || '—' }),
      ]),
    ),
    removed.length
      ? el(
          'ul',
          { class: 'removed', 'aria-label': 'Removed, by reason' },
          ...removed.map(([reason, count]) =>
            el('li', {}, el('strong', { text: count }), ` ${reason}`),
          ),
        )
      : el('p', { class: 'muted', text: 'Nothing was removed.' }),
  )
}

function curlCommand(request) {
  const quote = (value) => `'${value.replace(/'/g, `'\\''`)}'`
  const key = apiKey() ? ` \\\n  -H ${quote('authorization: Bearer <your key>')}` : ''
  return `curl -s ${quote(`${location.origin}/v1/analyze`)} \\\n  -H 'content-type: application/json'${key} \\\n  --data-binary ${quote(JSON.stringify(request))}`
}

function actions(result, request) {
  const copied = el('span', { role: 'status', 'aria-live': 'polite', class: 'muted' })
  const copy = el('button', { type: 'button', id: 'copy-json', text: 'Copy as JSON' })
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(JSON.stringify(result, null, 2))
      copied.textContent = 'Copied.'
    } catch {
      copied.textContent = 'The browser did not allow copying.'
    }
  })
  const bar = el('div', { class: 'row actions' }, copy)
  if (request) {
    const block = el(
      'pre',
      { id: 'curl', class: 'curl', tabindex: 0, hidden: true },
      el('code', { text: curlCommand(request) }),
    )
    const link = el('a', {
      href: '#curl',
      id: 'curl-link',
      'aria-controls': 'curl',
      text: 'This request as a curl command',
    })
    link.addEventListener('click', (event) => {
      event.preventDefault()
      block.hidden = !block.hidden
      if (!block.hidden) block.focus()
    })
    bar.append(link, copied, block)
  } else bar.append(copied)
  return bar
}

function render(result, { request = null, heading = null } = {}) {
  const report = $('#report')
  const title = result.clean.title || heading || 'Untitled article'
  report.replaceChildren(
    el(
      'header',
      { class: 'report-head' },
      el('h2', { id: 'report-title', tabindex: -1, text: title }),
      el(
        'p',
        { class: 'muted' },
        [
          result.clean.byline,
          result.clean.dateline,
          result.clean.published,
          `${result.stats.words} words`,
          `language ${result.language}`,
          heading && heading !== title ? heading : null,
        ]
          .filter(Boolean)
          .join(' · '),
      ),
      actions(result, request),
    ),
    el(
      'div',
      { class: 'grid' },
      cleanText(result),
      el(
        'div',
        { class: 'side' },
        readability(result),
        stance(result),
        tags(result),
        cleaning(result),
      ),
    ),
  )
  report.hidden = false
  $('#report-title').focus()
}

// ---------------------------------------------------------------- tooltips

const tooltip = $('#tooltip')
function showTip(target) {
  const tip = target?.closest?.('[data-tip]')
  if (!tip || !tip.dataset.tip) return hideTip()
  tooltip.textContent = tip.dataset.tip
  tooltip.hidden = false
  tip.setAttribute('aria-describedby', 'tooltip')
  const box = tip.getBoundingClientRect()
  tooltip.style.left = `${Math.max(8, Math.min(window.innerWidth - tooltip.offsetWidth - 8, box.left + window.scrollX))}px`
  tooltip.style.top = `${box.bottom + window.scrollY + 6}px`
}
function hideTip() {
  tooltip.hidden = true
  for (const owner of document.querySelectorAll('[aria-describedby="tooltip"]'))
    owner.removeAttribute('aria-describedby')
}
document.addEventListener('mouseover', (event) => showTip(event.target))
document.addEventListener('focusin', (event) => showTip(event.target))
document.addEventListener('focusout', hideTip)
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hideTip()
})

// ---------------------------------------------------------------- stored results

let cursor = null

async function listResults(more = false) {
  const error = $('#results-error')
  error.hidden = true
  const query = new URLSearchParams({ limit: '50', order: 'newest' })
  const source = $('#results-source').value.trim()
  if (source) query.set('source', source)
  if (more && cursor) query.set('cursor', cursor)
  try {
    const page = await api(`/v1/results?${query}`)
    const body = $('#results-table tbody')
    if (!more) body.replaceChildren()
    for (const item of page.items) {
      const link = el('a', {
        href: `#/results/${encodeURIComponent(item.source)}/${encodeURIComponent(item.id)}`,
        text: item.title || item.id,
      })
      body.append(
        el(
          'tr',
          {},
          el('td', {}, link),
          el('td', { text: item.source }),
          el('td', { text: item.id }),
          el('td', { text: item.status }),
          el(
            'td',
            {},
            el('time', {
              datetime: item.changedAt,
              text: new Date(item.changedAt).toLocaleString(),
            }),
          ),
        ),
      )
    }
    cursor = page.nextCursor
    $('#results-table').hidden = body.children.length === 0
    $('#results-empty').hidden = body.children.length > 0
    $('#results-more').hidden = !page.hasMore
  } catch (failure) {
    showError(error, failure)
  }
}

$('#results-form').addEventListener('submit', (event) => {
  event.preventDefault()
  listResults()
})
$('#results-more').addEventListener('click', () => listResults(true))

async function openStored(source, id) {
  show('analyze')
  const error = $('#error')
  error.hidden = true
  status.textContent = 'Loading the stored result…'
  try {
    const stored = await api(`/v1/results/${encodeURIComponent(source)}/${encodeURIComponent(id)}`)
    if (!stored.analysis)
      throw new Error(`${source}/${id} is ${stored.status}: no analysis is stored.`)
    status.textContent = `Stored result ${source}/${id}, changed ${new Date(stored.changedAt).toLocaleString()}.`
    render(stored.analysis, { heading: `Stored result: ${source}/${id}` })
  } catch (failure) {
    status.textContent = ''
    showError(error, failure)
  }
}

// ---------------------------------------------------------------- views

function show(view) {
  for (const section of document.querySelectorAll('[data-view]'))
    section.hidden = section.dataset.view !== view
  for (const link of document.querySelectorAll('[data-view-link]')) {
    if (link.dataset.viewLink === view) link.setAttribute('aria-current', 'page')
    else link.removeAttribute('aria-current')
  }
}

function route() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent)
  if (parts[0] === 'results' && parts.length >= 3)
    return openStored(parts[1], parts.slice(2).join('/'))
  if (parts[0] === 'results') {
    show('results')
    return listResults()
  }
  show('analyze')
}
window.addEventListener('hashchange', route)
route()
