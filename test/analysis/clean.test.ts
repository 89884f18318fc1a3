import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../../src/analysis/clean/index'
import { splitDateline } from '../../src/analysis/clean/dateline'
import { furnitureReason, hiddenByClass } from '../../src/analysis/clean/furniture'

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/clean/${name}`, import.meta.url), 'utf8')

describe('clean: scraped plain text', () => {
  const result = cleanArticle({ text: fixture('scraped-article.txt') })

  it('keeps the story paragraphs, subhead and quotes in order', () => {
    expect(result.source).toBe('text')
    expect(result.text.startsWith('The PortHaven harbor council has invited')).toBe(true)
    expect(result.text).toContain('"We have sent the invitations and we are waiting.')
    expect(result.text).toContain('The talks are due to start on March 20.')
    expect(result.text).toContain('\n\nSafety first\n\n')
    expect(result.text.endsWith('the spokesperson said.')).toBe(true)
  })

  it('drops menus, teaser lists, timestamps and share bars', () => {
    for (const junk of [
      'Open Menu',
      'Related Topics',
      'Recent Stories',
      'minutes ago',
      'Storm Warning',
      'More Stories From',
      'WhatsApp',
      'All rights reserved',
    ]) {
      expect(result.text).not.toContain(junk)
    }
  })

  it('returns title, byline, dateline and date apart from the text', () => {
    expect(result.title).toBe(
      'Harbor Council Invites Fishing Unions To Port Safety Talks, No Reply Yet - Mayor',
    )
    expect(result.byline).toBe('Lena Okafor')
    expect(result.dateline).toBe('PORTHAVEN (Coastal Wire - 12th March, 2024)')
    expect(result.published).toBe('March 12, 2024 | 09:45 AM')
    expect(result.text).not.toContain('Lena Okafor')
    expect(result.text).not.toContain('PORTHAVEN')
  })

  it('says what it dropped and why', () => {
    expect(result.removed.timestamp).toBe(3)
    expect(result.removed.related).toBeGreaterThanOrEqual(6)
    expect(result.removed.duplicate).toBeGreaterThanOrEqual(1)
    expect(result.removed.dateline).toBe(1)
  })
})

describe('clean: scraped text with a comment thread', () => {
  it('stops at the thread even when the comments outweigh the story', () => {
    const story = [
      'Home',
      'News',
      'Sport',
      'Weather',
      '',
      'Sign in',
      '',
      'The county fair will move to the river meadow next year after the old showground was sold to a housing developer, organisers said on Monday.',
      '',
      'Organisers said the meadow has room for twice as many stalls and a car park, and that the move had the support of most exhibitors.',
      '',
      '3 comments',
      '',
      'Jo Parker says:',
      '',
      'This is a terrible idea. The meadow floods every spring and the access road is far too narrow for the traffic the fair brings in August, as anyone who lives here knows.',
      '',
      'Sam T says:',
      '',
      'I have been going to the fair for forty years and the old showground was the heart of it. Selling it to a developer was short-sighted and the council should have stepped in to stop it.',
      '',
      'Terry W says:',
      '',
      'Good riddance to the old site. Parking there was a nightmare, the toilets were a disgrace, and the meadow is a far nicer place to spend a summer afternoon with the family.',
    ].join('\n')
    const result = cleanArticle({ text: story })
    expect(result.text.startsWith('The county fair will move')).toBe(true)
    expect(result.text.endsWith('most exhibitors.')).toBe(true)
    expect(result.text).not.toContain('says')
    expect(result.removed.comments).toBeGreaterThan(0)
  })
})

describe('clean: scraped text, a short story before a long thread', () => {
  const menu = ['Home', 'News', 'Sport', 'Weather', 'Business', '']
  const story = [
    'The ferry to Inch Island will run twice a day from March, the harbour board said on Friday.',
    '',
    'The board said a second crew had been hired and that the winter timetable would follow in May.',
  ]
  const thread = Array.from({ length: 8 }, (_, i) => [
    '',
    `reader${i} ${i + 1} hours ago`,
    '',
    `Two crossings a day is still not enough for people who work on the mainland, and the fares went up again this year without any warning at all, comment ${i}.`,
  ]).flat()

  it('stops at the thread heading after two paragraphs, however short', () => {
    const result = cleanArticle({
      text: [...menu, ...story, '', '34 comments', ...thread].join('\n'),
    })
    expect(result.text).toBe(story.join('\n'))
  })

  it('does not stop at a comment count printed by the byline', () => {
    const page = [...menu, 'Ferry to run twice a day', '', '12 Comments', '', ...story, '', 'Share']
    expect(cleanArticle({ text: page.join('\n') }).text).toBe(story.join('\n'))
  })
})

describe('clean: pasted story with a related list at the end', () => {
  it('keeps the story whole and cuts the tail at the list heading', () => {
    const input = [
      'The school board voted on Tuesday to start classes half an hour later from September, after a two-year campaign by parents and students.',
      'Board chair Rita Gomez said the change would cost nothing, because bus routes can be shifted without new drivers.',
      'Short answer: yes.',
      'Share',
      'Related Stories',
      'Parents push for later school start',
      'Bus drivers wanted for new routes',
      '© 2024 Example News. All rights reserved.',
    ].join('\n\n')
    const result = cleanArticle({ text: input })
    expect(result.text).toBe(input.split('\n\nShare')[0])
    expect(result.removed).toEqual({ related: 4, furniture: 1 })
  })
})

describe('clean: character references in plain text', () => {
  it('decodes &rsquo;, &#039; and &amp; in text and title, and leaves AT&T alone', () => {
    const result = cleanArticle({
      text: 'The film &lsquo;Miral&rsquo; opens Friday at AT&T Park.\n\nIt&#039;s the director&#8217;s fourth film &amp; his last.',
      title: 'Review: &lsquo;Miral&rsquo;',
    })
    expect(result.text).toBe(
      "The film ‘Miral’ opens Friday at AT&T Park.\n\nIt's the director’s fourth film & his last.",
    )
    expect(result.title).toBe('Review: ‘Miral’')
  })

  it('keeps unknown or unterminated references as written', () => {
    expect(
      cleanArticle({ text: 'Profits rose at R&D Labs &G; and at Smith &amp Sons.' }).text,
    ).toBe('Profits rose at R&D Labs &G; and at Smith &amp Sons.')
  })
})

describe('clean: already-clean text', () => {
  it('comes back untouched, short lines and list included', () => {
    const input = fixture('already-clean.txt')
    const result = cleanArticle({ text: input })
    expect(result.source).toBe('clean')
    expect(result.text).toBe(input.trim())
    expect(result.removed).toEqual({})
  })

  it('keeps a short clean article with one furniture-like line', () => {
    const input =
      'The council met on Monday.\n\nIt voted to keep the library open on Sundays.\n\nShare'
    expect(cleanArticle({ text: input }).text).toBe(input)
  })

  const story =
    'Ferry fares to rise in spring\n\nPORT ELLERY, Feb. 2 — The island ferry company will raise fares by 6% from April, its chief executive said on Monday, blaming fuel costs.\n\nSeason tickets are not affected.'

  it('takes a headline line on top as the title and splits the dateline off', () => {
    const result = cleanArticle({ text: story })
    expect(result.title).toBe('Ferry fares to rise in spring')
    expect(result.dateline).toBe('PORT ELLERY, Feb. 2')
    expect(result.text.startsWith('The island ferry company will raise fares')).toBe(true)
    expect(result.paragraphs).toBe(2)
    expect(result.removed).toEqual({ title: 1, dateline: 1 })
    expect(result.source).toBe('clean')
  })

  it('drops a headline that repeats the given title, and keeps one that differs', () => {
    expect(
      cleanArticle({ text: story, title: 'FERRY FARES TO RISE IN SPRING' }).text.startsWith(
        'The island',
      ),
    ).toBe(true)
    const other = cleanArticle({ text: story, title: 'Island ferry: what changes in April' })
    expect(other.title).toBe('Island ferry: what changes in April')
    expect(other.text.startsWith('Ferry fares to rise in spring\n\n')).toBe(true)
  })

  it('keeps a one-line opening sentence, a byline and a lone line as text', () => {
    const body =
      'The island ferry company will raise fares by 6% from April, its chief executive said on Monday.'
    for (const first of [
      'Fares are going up.',
      'By Dana Whitlow',
      'Update',
      'Fares, fuel and the spring timetable:',
    ]) {
      expect(cleanArticle({ text: `${first}\n\n${body}` }).text.startsWith(first)).toBe(true)
    }
    expect(
      cleanArticle({ text: 'Ferry fares to rise in spring\n\nSee the table below' }).title,
    ).toBeNull()
  })

  it('counts paragraphs after a dateline that stood alone', () => {
    const result = cleanArticle({
      text: story.replace(
        'Ferry fares to rise in spring\n\nPORT ELLERY, Feb. 2 — ',
        'PORT ELLERY —\n\n',
      ),
    })
    expect(result.dateline).toBe('PORT ELLERY')
    expect(result.paragraphs).toBe(2)
  })
})

describe('clean: HTML page', () => {
  const result = cleanArticle({ html: fixture('page.html') })

  it('keeps the body with its subhead, short paragraph and quotes, entities decoded', () => {
    expect(result.source).toBe('html')
    expect(result.text.startsWith('Repairs to the Mill Street bridge')).toBe(true)
    expect(result.text).toContain(
      '“We know people are tired of the detour,” said roads director Alan Brook. “So are we.”',
    )
    expect(result.text).toContain('\n\nWhat happens next\n\n')
    expect(result.text).toContain('\n\nIt will cost more.\n\n')
    expect(result.text.endsWith('at their meeting on May 14.')).toBe(true)
    expect(result.paragraphs).toBe(7)
  })

  it('drops nav, share bar, caption, ad, newsletter, related, sidebar, cookie notice and footer', () => {
    for (const junk of [
      'Home',
      'Share on',
      'Photo: Tom Ellis',
      'Advertisement',
      'newsletter',
      'Council approves',
      'Most popular',
      'cookies',
      'Valley Ledger',
      'Priya Raman',
    ]) {
      expect(result.text).not.toContain(junk)
    }
  })

  it('returns the metadata apart', () => {
    expect(result.title).toBe('Bridge repairs delayed again as steel shipment stalls')
    expect(result.byline).toBe('Priya Raman')
    expect(result.dateline).toBe('RIVERTON')
    expect(result.published).toBe('2024-05-02T08:30:00Z')
    expect(result.removed.navigation).toBeGreaterThan(0)
    expect(result.removed.newsletter).toBeGreaterThan(0)
    expect(result.removed.related).toBeGreaterThan(0)
    expect(result.removed.caption).toBe(1)
  })
})

describe('clean: HTML fragments and structure', () => {
  it('keeps every paragraph of a CMS body fragment, <br> as a line break and lists as lines', () => {
    const result = cleanArticle({ html: fixture('fragment.html') })
    expect(result.text.split('\n\n')).toEqual([
      'The city’s library system will open on Sundays again from next month, ending a four-year break that began when the budget was cut in 2020.',
      'Head librarian Maria Santos said the change was paid for by a grant from a local foundation.\n“Sunday was always our busiest day for families,” she said.',
      'Three branches will open from noon to 5 p.m.:',
      'Central Library, on Market Square\nEastside Branch\nHarbor Branch',
      'The grant covers two years. After that, the library board will ask the council to fund the hours from the regular budget.',
    ])
  })

  it('lays tables out as tab-separated rows and keeps <pre> whitespace', () => {
    const result = cleanArticle({ html: fixture('table-list-pre.html') })
    expect(result.text).toContain(
      'Candidate\tParty\tVotes\nAna Ortiz\tGreen\t12,408\nBen Carter\tLabour\t11,975',
    )
    expect(result.text).toContain(
      'More polling stations in rural areas\nLonger opening hours\nA new postal voting form',
    )
    expect(result.text).toContain('for row in ballots:\n    totals[row.candidate] += 1')
    expect(result.text).not.toContain('Contact us')
    expect(result.text).not.toContain('Home')
  })

  it('handles right-to-left Arabic: body kept in order, navigation and related dropped', () => {
    const result = cleanArticle({ html: fixture('rtl-arabic.html') })
    const paragraphs = result.text.split('\n\n')
    expect(paragraphs).toHaveLength(3)
    expect(paragraphs[0].startsWith('أعلنت وزارة الصحة اليوم')).toBe(true)
    expect(paragraphs[2].endsWith('على مدار الساعة.')).toBe(true)
    expect(result.title).toBe('افتتاح مستشفى جديد في المدينة')
    expect(result.text).not.toContain('الرئيسية')
    expect(result.text).not.toContain('شارك')
    expect(result.text).not.toContain('ذات صلة')
  })

  it('falls back to JSON-LD articleBody when the markup holds almost none of the story', () => {
    const body = Array.from(
      { length: 6 },
      (_, i) =>
        `Paragraph ${i + 1} of the story says what the council decided and why it matters to the town.`,
    ).join('\n')
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Council decides', articleBody: body, author: { name: 'Sam Lee' } })}</script></head>
      <body><nav><a href="/">Home</a></nav><div id="app"><p>Loading the story, please wait a moment.</p></div></body></html>`
    const result = cleanArticle({ html })
    expect(result.text.split('\n\n')).toHaveLength(6)
    expect(result.text.startsWith('Paragraph 1 of the story')).toBe(true)
    expect(result.title).toBe('Council decides')
    expect(result.byline).toBe('Sam Lee')
    expect(result.removed.replacedByArticleBody).toBe(1)
    expect(result.warnings.map((warning) => warning.code)).toEqual(['article-body'])
  })

  it('splits paragraphs an older CMS separates with a double <br>', () => {
    const html =
      '<div class="entry-content">The mayor opened the new bridge on Saturday morning.<br><br>About two thousand people walked across it before it opened to cars.<br>Traffic was light.</div>'
    expect(cleanArticle({ html }).text).toBe(
      'The mayor opened the new bridge on Saturday morning.\n\nAbout two thousand people walked across it before it opened to cars.\nTraffic was light.',
    )
  })

  it('drops navigation even on a short brief with no long paragraph', () => {
    const result = cleanArticle({
      html: '<nav>Home</nav><h1>Rates held</h1><p>The bank held rates on Tuesday.</p>',
    })
    expect(result.text).toBe('The bank held rates on Tuesday.')
    expect(result.title).toBe('Rates held')
    expect(result.removed).toEqual({ navigation: 1, title: 1 })
  })

  it('keeps a list whole when one of its items is content, short items included', () => {
    const html =
      '<article><h1>Lentil soup</h1><p>A warming soup for winter evenings that takes under an hour.</p><h2>Ingredients</h2><ul><li>200 g red lentils</li><li>1 onion</li><li>2 carrots</li></ul></article>'
    expect(cleanArticle({ html }).text).toBe(
      'A warming soup for winter evenings that takes under an hour.\n\nIngredients\n\n200 g red lentils\n1 onion\n2 carrots',
    )
  })

  it('never returns empty text for a page with any text', () => {
    expect(cleanArticle({ html: '<div><span>Short note.</span></div>' }).text).toBe('Short note.')
  })
})

describe('clean: helpers', () => {
  it('splits datelines but not ordinary openings', () => {
    expect(splitDateline('LONDON (AP) — Britain said...')).toEqual({
      dateline: 'LONDON (AP)',
      rest: 'Britain said...',
    })
    expect(splitDateline('ST. JOSEPH, Mich. (AP) — Officials said...').dateline).toBe(
      'ST. JOSEPH, Mich. (AP)',
    )
    expect(splitDateline('A UK man said - nothing.').dateline).toBeNull()
  })

  // Class words, not substrings; a heading whose class calls it a heading is no page header.
  it.each([
    ['div', 'social-share', 'share'],
    ['div', 'shareholders-report', ''],
    ['div', 'article-body', ''],
    ['nav', '', 'navigation'],
    ['h2', 'wp-block-heading', ''],
    ['h3', 'section-title', ''],
    ['div', 'site-heading', 'header'],
    ['h3', 'widget-title', 'related'],
    ['div', 'werbung', 'ad'],
  ])('names <%s class="%s"> furniture "%s"', (tag, label, reason) => {
    expect(furnitureReason(tag, label, undefined)).toBe(reason)
  })

  it("reads CSS frameworks' hiding classes, but not a class shown again at some width", () => {
    for (const hidden of ['d-none', 'share-mail hidden', 'is-hidden', 'invisible', 'hide'])
      expect(hiddenByClass(hidden), hidden).toBe(true)
    for (const shown of ['hidden md:block', 'd-none d-lg-flex', 'overflow-hidden', 'hidden-xs'])
      expect(hiddenByClass(shown), shown).toBe(false)
    const result = cleanArticle({
      html: `<div class="mail-form d-none"><p>Send this story to a friend: enter their email address and a message below.</p></div><article><p>The council met on Monday to agree the budget for roads.</p></article>`,
    })
    expect(result.text).toBe('The council met on Monday to agree the budget for roads.')
    expect(result.removed.hidden).toBe(1)
  })
})

describe('clean: characters', () => {
  const story =
    '<p>The council met on Monday to discuss the budget for roads and schools in the district.</p>'

  it('drops soft hyphens and returns NFC text and title, from HTML and from text', () => {
    const html = cleanArticle({
      html: `<h1>Cafe\u0301 reopens</h1><p>The coun&shy;cil met in Montre\u0301al on Mon\u00adday to agree the budget.</p>`,
    })
    expect(html.text).toBe('The council met in Montréal on Monday to agree the budget.')
    expect(html.title).toBe('Café reopens')
    const text = cleanArticle({ text: 'The coun\u00adcil met in Montre\u0301al.' })
    expect(text.text).toBe('The council met in Montréal.')
  })

  it('drops stray control characters, which never become table cells or words', () => {
    const result = cleanArticle({
      html: `<article>${story}<div class="ad">\u0000\u0001\u0007</div><p>Tables\u0001 are\u0000 not here.</p></article>`,
    })
    expect(result.text).toBe(
      'The council met on Monday to discuss the budget for roads and schools in the district.\n\nTables are not here.',
    )
    expect(cleanArticle({ text: 'Rates\u0000 held.\u0008' }).text).toBe('Rates held.')
  })

  it('parses a page with no <body> tag like any other', () => {
    const result = cleanArticle({
      html: `<html><head><title>Budget agreed</title></head><nav><a href="/">Home</a></nav><h1>Budget agreed</h1>${story}${story}</html>`,
    })
    expect(result.title).toBe('Budget agreed')
    expect(result.text.split('\n\n')).toHaveLength(2)
    expect(result.removed.navigation).toBe(1)
  })
})

describe('clean: warnings', () => {
  it('says why a text is empty', () => {
    const empty = cleanArticle({ html: '<div><img src="a.png"><script>var a = 1</script></div>' })
    expect(empty.text).toBe('')
    expect(empty.warnings).toEqual([
      {
        code: 'no-text',
        message: 'No article text was found: the input holds only markup or scripts.',
      },
    ])
  })

  it('reads what a page hides when it shows nothing without scripts, and says so', () => {
    const story = '<p>The council met on Monday to agree the budget for roads and schools.</p>'
    for (const html of [
      `<body><noscript>${story}</noscript><div id="app"></div></body>`,
      `<body><div hidden>${story}</div></body>`,
      `<body><template><article>${story}</article></template></body>`,
    ]) {
      const result = cleanArticle({ html })
      expect(result.text, html).toBe(
        'The council met on Monday to agree the budget for roads and schools.',
      )
      expect(result.warnings.map((warning) => warning.code)).toEqual(['hidden-text'])
    }
    // A body hidden while a script loads is the page itself, not furniture.
    for (const html of [
      `<body style="display:none">${story}</body>`,
      `<html class="hidden"><body>${story}</body></html>`,
    ])
      expect(cleanArticle({ html }).warnings, html).toEqual([])
  })

  it('says when nothing looked like a paragraph and the text is the longer blocks', () => {
    const result = cleanArticle({
      html: '<nav><a href="/">Home</a></nav><div class="menu"><a href="/a">Business news from around the region</a></div>',
    })
    expect(result.text).not.toBe('')
    expect(result.warnings.map((warning) => warning.code)).toEqual(['no-paragraphs'])
  })

  it('has no warning for an ordinary article', () => {
    expect(
      cleanArticle({ html: `<article>${'<p>The council met.</p>'.repeat(3)}</article>` }).warnings,
    ).toEqual([])
    expect(cleanArticle({ text: 'The council met on Monday.' }).warnings).toEqual([])
  })
})
