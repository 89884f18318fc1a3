import { describe, expect, it } from 'vitest'
import {
  contentfulRichTextToHtml,
  editorJsToHtml,
  escapeHtml,
  gutenbergToHtml,
  lexicalToHtml,
  markdownToHtml,
  portableTextToHtml,
  prismicRichTextToHtml,
  prismicTextOf,
  prosemirrorToHtml,
  safeHref,
  strapiBlocksToHtml,
} from '../../src/webhooks/bodies/index'

// All inputs are written for these tests: a short local-news story about a cycle lane.
const LEAD = 'The council approved the Main Street cycle lane by five votes to four on Monday.'

/** Inputs that are not any CMS's rich text. */
const ODD_INPUTS: unknown[] = [
  null,
  undefined,
  0,
  42,
  true,
  '',
  'not json',
  '{"unterminated": ',
  [],
  {},
  [null, 1, 'x', [], {}],
  { root: null },
  { type: 'doc', content: 'x' },
  { nodeType: 'document', content: [{ nodeType: 'paragraph', content: { 0: 'x' } }] },
  [{ _type: 'block', children: 'x', markDefs: 3 }],
  [{ type: 'paragraph', text: 5, spans: [{ start: 'a', end: null, type: 'strong' }] }],
  { blocks: [{ type: 'list', data: { items: [null, 3, { content: 7 }] } }] },
]

const CONVERTERS: [string, (input: never) => string][] = [
  ['gutenbergToHtml', gutenbergToHtml],
  ['portableTextToHtml', portableTextToHtml],
  ['contentfulRichTextToHtml', contentfulRichTextToHtml],
  ['strapiBlocksToHtml', strapiBlocksToHtml],
  ['lexicalToHtml', lexicalToHtml],
  ['prosemirrorToHtml', prosemirrorToHtml],
  ['prismicRichTextToHtml', prismicRichTextToHtml],
  ['prismicTextOf', prismicTextOf],
  ['editorJsToHtml', editorJsToHtml],
  ['markdownToHtml', markdownToHtml],
]

/** `levels` nested wrappers around a text leaf, built without recursion. */
function nest(levels: number, wrap: (inner: unknown) => unknown, leaf: unknown): unknown {
  let node = leaf
  for (let i = 0; i < levels; i++) node = wrap(node)
  return node
}

describe('every converter', () => {
  it.each(CONVERTERS)('%s never throws and answers a string on odd input', (_name, convert) => {
    for (const input of ODD_INPUTS) {
      const out = convert(input as never)
      expect(typeof out).toBe('string')
    }
    expect(convert(null as never)).toBe('')
    expect(convert(42 as never)).toBe('')
  })
})

describe('html helpers', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`Tom & "Jerry" <b>'s</b>`)).toBe(
      'Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&lt;/b&gt;',
    )
  })

  it('allows http, https, mailto and relative links only', () => {
    expect(safeHref('https://news.example.org/a?b=1')).toBe('https://news.example.org/a?b=1')
    expect(safeHref('  HTTP://example.org ')).toBe('HTTP://example.org')
    expect(safeHref('mailto:desk@example.org')).toBe('mailto:desk@example.org')
    expect(safeHref('/news/cycle-lane#vote')).toBe('/news/cycle-lane#vote')
    expect(safeHref('javascript:alert(1)')).toBeUndefined()
    expect(safeHref(' JaVa\tScRiPt:alert(1)')).toBeUndefined()
    expect(safeHref('data:text/html;base64,PHNjcmlwdD4=')).toBeUndefined()
    expect(safeHref('vbscript:x')).toBeUndefined()
    expect(safeHref('')).toBeUndefined()
    expect(safeHref(7)).toBeUndefined()
  })
})

describe('gutenbergToHtml', () => {
  it('drops block delimiters and keeps the HTML', () => {
    const markup = [
      '<!-- wp:paragraph -->',
      `<p>${LEAD}</p>`,
      '<!-- /wp:paragraph -->',
      '',
      '<!-- wp:heading {"level":3} -->',
      '<h3 class="wp-block-heading">Who voted for it</h3>',
      '<!-- /wp:heading -->',
      '',
      '<!-- wp:image {"id":12,"sizeSlug":"large"} /-->',
      '<!-- wp:list -->',
      '<ul><!-- wp:list-item --><li>Cllr Amin</li><!-- /wp:list-item --></ul>',
      '<!-- /wp:list -->',
    ].join('\n')
    expect(gutenbergToHtml(markup)).toBe(
      [
        `<p>${LEAD}</p>`,
        '<h3 class="wp-block-heading">Who voted for it</h3>',
        '<ul>',
        '<li>Cllr Amin</li>',
        '</ul>',
      ].join('\n'),
    )
  })

  it('removes shortcodes, keeping the inner text of enclosing ones', () => {
    const markup = [
      '<!-- wp:paragraph -->',
      '<p>[caption id="attachment_7" align="alignnone" width="300"]<img src="lane.jpg"> The new lane[/caption]</p>',
      '<!-- /wp:paragraph -->',
      '<!-- wp:shortcode -->',
      '[gallery ids="1,2"]',
      '<!-- /wp:shortcode -->',
      '<!-- wp:paragraph -->',
      '<p>Cyclists [sic] welcomed it [1]. Type [[gallery]] to add photos.</p>',
      '<!-- /wp:paragraph -->',
    ].join('\n')
    expect(gutenbergToHtml(markup)).toBe(
      [
        '<p><img src="lane.jpg"> The new lane</p>',
        '<p>Cyclists [sic] welcomed it [1]. Type [gallery] to add photos.</p>',
      ].join('\n'),
    )
  })

  it('wraps classic-editor text in paragraphs', () => {
    expect(gutenbergToHtml('First line\nsecond line\n\n<!--more-->Next [video src="a.mp4"]')).toBe(
      '<p>First line<br>\nsecond line</p>\n<p>Next</p>',
    )
  })

  it('handles unterminated comments and stays fast on pathological input', () => {
    expect(gutenbergToHtml('<p>Kept</p><!-- wp:paragraph')).toBe('<p>Kept</p>')
    // workerd's clock stands still during synchronous code: the test timeout is the guard here.
    const out = gutenbergToHtml('[a '.repeat(50_000) + '<!--'.repeat(50_000) + '[[['.repeat(50_000))
    expect(out.startsWith('<p>[a [a')).toBe(true)
    expect(gutenbergToHtml('[/x][x '.repeat(50_000)).length).toBeGreaterThan(0)
  })
})

describe('portableTextToHtml', () => {
  const span = (text: string, marks: string[] = []) => ({ _type: 'span', _key: text, text, marks })
  const block = (style: string, children: unknown[], extra: object = {}) => ({
    _type: 'block',
    _key: style,
    style,
    markDefs: [],
    children,
    ...extra,
  })

  it('renders paragraphs, headings, quotes and marks', () => {
    const blocks = [
      block('h2', [span('Council backs cycle lane')]),
      block('normal', [span('The vote was '), span('close', ['strong']), span(' & <tense>.')]),
      block('blockquote', [span('It is a good day', ['em'])]),
      { _type: 'image', asset: { _ref: 'image-abc' }, alt: 'A cyclist' },
    ]
    expect(portableTextToHtml(blocks)).toBe(
      [
        '<h2>Council backs cycle lane</h2>',
        '<p>The vote was <strong>close</strong> &amp; &lt;tense&gt;.</p>',
        '<blockquote><em>It is a good day</em></blockquote>',
      ].join('\n'),
    )
  })

  it('keeps one link over spans with different decorators and drops unsafe links', () => {
    const blocks = [
      block(
        'normal',
        [span('Read the ', ['l1']), span('report', ['l1', 'strong']), span(' or ', ['l2'])],
        {
          markDefs: [
            { _key: 'l1', _type: 'link', href: 'https://council.example.gov/report' },
            { _key: 'l2', _type: 'link', href: 'javascript:alert(1)' },
          ],
        },
      ),
    ]
    expect(portableTextToHtml(blocks)).toBe(
      '<p><a href="https://council.example.gov/report">Read the <strong>report</strong></a> or </p>',
    )
  })

  it('groups list items and nests them by level', () => {
    const item = (text: string, listItem: string, level: number) =>
      block('normal', [span(text)], { listItem, level })
    const blocks = [
      item('Paint the lane', 'bullet', 1),
      item('North end', 'number', 2),
      item('South end', 'number', 2),
      item('Add signs', 'bullet', 1),
      block('normal', [span('Work starts in May.')]),
    ]
    expect(portableTextToHtml(blocks)).toBe(
      [
        '<ul>',
        '<li>Paint the lane',
        '<ol>',
        '<li>North end</li>',
        '<li>South end</li>',
        '</ol></li>',
        '<li>Add signs</li>',
        '</ul>',
        '<p>Work starts in May.</p>',
      ].join('\n'),
    )
  })

  it('turns soft line breaks into <br>', () => {
    expect(portableTextToHtml([block('normal', [span('Line one\nline two')])])).toBe(
      '<p>Line one<br>line two</p>',
    )
  })
})

describe('contentfulRichTextToHtml', () => {
  const text = (value: string, marks: string[] = []) => ({
    nodeType: 'text',
    value,
    marks: marks.map((type) => ({ type })),
    data: {},
  })
  const node = (nodeType: string, content: unknown[], data: object = {}) => ({
    nodeType,
    data,
    content,
  })

  it('renders a document with headings, lists, links, marks, tables and rules', () => {
    const document = node('document', [
      node('heading-2', [text('Council backs cycle lane')]),
      node('paragraph', [
        text('The vote was '),
        text('very', ['bold', 'italic']),
        text(' close', ['bold']),
        text(' ('),
        node('hyperlink', [text('minutes')], { uri: 'https://council.example.gov/minutes' }),
        text(', '),
        node('hyperlink', [text('trap')], { uri: 'javascript:alert(1)' }),
        text(', '),
        node('entry-hyperlink', [text('earlier story')], { target: { sys: { id: 'x' } } }),
        text(').'),
      ]),
      node('embedded-asset-block', [], { target: { sys: { id: 'img' } } }),
      node('unordered-list', [
        node('list-item', [node('paragraph', [text('Paint the lane')])]),
        node('list-item', [
          node('paragraph', [text('Add signs')]),
          node('ordered-list', [node('list-item', [node('paragraph', [text('Stop signs')])])]),
        ]),
      ]),
      node('blockquote', [node('paragraph', [text('A good day', ['italic'])])]),
      node('hr', []),
      node('table', [
        node('table-row', [
          node('table-header-cell', [node('paragraph', [text('For')])]),
          node('table-header-cell', [node('paragraph', [text('Against')])]),
        ]),
        node('table-row', [
          node('table-cell', [node('paragraph', [text('5')])]),
          node('table-cell', [node('paragraph', [text('4')])]),
        ]),
      ]),
      node('paragraph', [text('')]),
    ])
    expect(contentfulRichTextToHtml(document)).toBe(
      [
        '<h2>Council backs cycle lane</h2>',
        '<p>The vote was <strong><em>very</em> close</strong> (<a href="https://council.example.gov/minutes">minutes</a>, trap, earlier story).</p>',
        '<ul>',
        '<li>Paint the lane</li>',
        '<li>Add signs',
        '<ol>',
        '<li>Stop signs</li>',
        '</ol></li>',
        '</ul>',
        '<blockquote>',
        '<p><em>A good day</em></p>',
        '</blockquote>',
        '<hr>',
        '<table>',
        '<tr><th>For</th><th>Against</th></tr>',
        '<tr><td>5</td><td>4</td></tr>',
        '</table>',
      ].join('\n'),
    )
  })

  it('escapes text and caps deep nesting', () => {
    expect(
      contentfulRichTextToHtml(node('document', [node('paragraph', [text('5 < 6 & "7"')])])),
    ).toBe('<p>5 &lt; 6 &amp; &quot;7&quot;</p>')
    const deep = nest(
      5000,
      (inner) => node('blockquote', [inner]),
      node('paragraph', [text('deep')]),
    )
    const out = contentfulRichTextToHtml(node('document', [deep]))
    expect(out).not.toContain('deep')
    expect(out).toBe('')
  })
})

describe('strapiBlocksToHtml', () => {
  const text = (value: string, flags: object = {}) => ({ type: 'text', text: value, ...flags })

  it('renders paragraphs, headings, links, lists, quotes and code', () => {
    const blocks = [
      { type: 'heading', level: 3, children: [text('Council backs cycle lane')] },
      {
        type: 'paragraph',
        children: [
          text('The vote was '),
          text('close', { bold: true, italic: true }),
          text(', see the '),
          { type: 'link', url: 'https://council.example.gov/minutes', children: [text('minutes')] },
          text(' or '),
          { type: 'link', url: 'javascript:alert(1)', children: [text('this')] },
          text('.'),
        ],
      },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [text('Paint the lane')] },
          {
            type: 'list',
            format: 'ordered',
            indentLevel: 1,
            children: [{ type: 'list-item', children: [text('North end')] }],
          },
          { type: 'list-item', children: [text('Add signs', { strikethrough: true })] },
        ],
      },
      { type: 'quote', children: [text('A good day for cyclists.')] },
      { type: 'code', language: 'js', children: [text('if (a < b) go()')] },
      {
        type: 'image',
        image: { url: '/uploads/lane.jpg', alternativeText: 'Lane' },
        children: [text('')],
      },
      { type: 'paragraph', children: [text('')] },
    ]
    expect(strapiBlocksToHtml(blocks)).toBe(
      [
        '<h3>Council backs cycle lane</h3>',
        '<p>The vote was <strong><em>close</em></strong>, see the <a href="https://council.example.gov/minutes">minutes</a> or this.</p>',
        '<ul>',
        '<li>Paint the lane',
        '<ol>',
        '<li>North end</li>',
        '</ol></li>',
        '<li><s>Add signs</s></li>',
        '</ul>',
        '<blockquote>A good day for cyclists.</blockquote>',
        '<pre><code>if (a &lt; b) go()</code></pre>',
      ].join('\n'),
    )
  })

  it('caps deep nesting of lists', () => {
    const deep = nest(3000, (inner) => ({ type: 'list', format: 'unordered', children: [inner] }), {
      type: 'list-item',
      children: [text('deep')],
    })
    expect(strapiBlocksToHtml([deep, { type: 'paragraph', children: [text('after')] }])).toBe(
      '<p>after</p>',
    )
  })
})

describe('lexicalToHtml', () => {
  const text = (value: string, format = 0) => ({ type: 'text', text: value, format, version: 1 })
  const element = (type: string, children: unknown[], extra: object = {}) => ({
    type,
    children,
    format: '',
    indent: 0,
    version: 1,
    ...extra,
  })
  const state = (children: unknown[]) => ({ root: element('root', children) })

  it('renders a Payload document', () => {
    const doc = state([
      element('heading', [text('Council backs cycle lane')], { tag: 'h2' }),
      element('paragraph', [
        text('The vote was '),
        text('close', 3),
        text(' and '),
        text('tense', 8 | 4),
        element('linebreak', []),
        element('link', [text('Minutes')], {
          fields: { linkType: 'custom', url: 'https://council.example.gov/minutes', newTab: true },
        }),
        text(' · '),
        element('autolink', [text('bad')], { url: 'javascript:alert(1)' }),
        text(' · '),
        element('link', [text('internal')], {
          fields: { linkType: 'internal', doc: { value: 'x' } },
        }),
      ]),
      element('upload', [], { relationTo: 'media', value: { id: 1 } }),
      element('block', [], { fields: { blockType: 'gallery' } }),
      element(
        'list',
        [
          element('listitem', [text('Paint the lane')], { value: 1 }),
          element('listitem', [
            element('list', [element('listitem', [text('North end')])], {
              listType: 'number',
              tag: 'ol',
            }),
          ]),
          element('listitem', [text('Add signs')], { value: 2 }),
        ],
        { listType: 'bullet', tag: 'ul' },
      ),
      element('quote', [text('A good day.')]),
      element('horizontalrule', []),
      element('custom-container', [element('paragraph', [text('Inside a custom node')])]),
      element('paragraph', []),
    ])
    expect(lexicalToHtml(doc)).toBe(
      [
        '<h2>Council backs cycle lane</h2>',
        '<p>The vote was <strong><em>close</em></strong> and <u><s>tense</s></u><br><a href="https://council.example.gov/minutes">Minutes</a> · bad · internal</p>',
        '<ul>',
        '<li>Paint the lane',
        '<ol>',
        '<li>North end</li>',
        '</ol></li>',
        '<li>Add signs</li>',
        '</ul>',
        '<blockquote>A good day.</blockquote>',
        '<hr>',
        '<p>Inside a custom node</p>',
      ].join('\n'),
    )
  })

  it('accepts a JSON string (Ghost stores one) and escapes text', () => {
    const json = JSON.stringify(
      state([
        element('paragraph', [{ type: 'extended-text', text: 'Fish & <chips>', format: 16 }]),
      ]),
    )
    expect(lexicalToHtml(json)).toBe('<p><code>Fish &amp; &lt;chips&gt;</code></p>')
    expect(lexicalToHtml('{"root":')).toBe('')
  })

  it('caps deep nesting', () => {
    const deep = nest(
      1000,
      (inner) => element('wrapper', [inner]),
      element('paragraph', [text('deep')]),
    )
    expect(lexicalToHtml(state([deep, element('paragraph', [text('after')])]))).toBe('<p>after</p>')
  })
})

describe('prosemirrorToHtml', () => {
  const text = (value: string, marks: unknown[] = []) => ({ type: 'text', text: value, marks })

  it('renders Storyblok rich text', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Council backs cycle lane')] },
        {
          type: 'paragraph',
          content: [
            text('Read the '),
            text('report', [
              { type: 'link', attrs: { href: 'https://council.example.gov/r', linktype: 'url' } },
              { type: 'bold' },
            ]),
            text(' now', [
              { type: 'link', attrs: { href: 'https://council.example.gov/r', linktype: 'url' } },
            ]),
            { type: 'hard_break' },
            text('Mail us', [
              { type: 'link', attrs: { href: 'desk@example.org', linktype: 'email' } },
            ]),
            text(' or '),
            text('not', [
              { type: 'link', attrs: { href: 'javascript:alert(1)' } },
              { type: 'strike' },
            ]),
          ],
        },
        { type: 'blok', attrs: { body: [{ component: 'gallery' }] } },
        {
          type: 'bullet_list',
          content: [
            {
              type: 'list_item',
              content: [{ type: 'paragraph', content: [text('Paint the lane')] }],
            },
            {
              type: 'list_item',
              content: [
                { type: 'paragraph', content: [text('Add signs')] },
                {
                  type: 'ordered_list',
                  attrs: { order: 1 },
                  content: [
                    {
                      type: 'list_item',
                      content: [{ type: 'paragraph', content: [text('Stop')] }],
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          type: 'blockquote',
          content: [{ type: 'paragraph', content: [text('A good day', [{ type: 'italic' }])] }],
        },
        { type: 'code_block', attrs: { class: 'language-js' }, content: [text('a < b')] },
        { type: 'horizontal_rule' },
        { type: 'paragraph', content: [{ type: 'image', attrs: { src: 'lane.jpg' } }] },
      ],
    }
    expect(prosemirrorToHtml(doc)).toBe(
      [
        '<h2>Council backs cycle lane</h2>',
        '<p>Read the <a href="https://council.example.gov/r"><strong>report</strong> now</a><br><a href="mailto:desk@example.org">Mail us</a> or <s>not</s></p>',
        '<ul>',
        '<li>Paint the lane</li>',
        '<li>Add signs',
        '<ol>',
        '<li>Stop</li>',
        '</ol></li>',
        '</ul>',
        '<blockquote>',
        '<p><em>A good day</em></p>',
        '</blockquote>',
        '<pre><code>a &lt; b</code></pre>',
        '<hr>',
      ].join('\n'),
    )
  })

  it('accepts TipTap camelCase node names', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [text('Third')] }] },
          ],
        },
        {
          type: 'paragraph',
          content: [text('One'), { type: 'hardBreak' }, text('two', [{ type: 'code' }])],
        },
        { type: 'horizontalRule' },
        { type: 'codeBlock', content: [text('x = 1')] },
      ],
    }
    expect(prosemirrorToHtml(doc)).toBe(
      [
        '<ol start="3">',
        '<li>Third</li>',
        '</ol>',
        '<p>One<br><code>two</code></p>',
        '<hr>',
        '<pre><code>x = 1</code></pre>',
      ].join('\n'),
    )
  })

  it('caps deep nesting', () => {
    const deep = nest(2000, (inner) => ({ type: 'blockquote', content: [inner] }), text('deep'))
    expect(prosemirrorToHtml({ type: 'doc', content: [deep] })).toBe('')
  })
})

describe('prismicRichTextToHtml', () => {
  it('renders blocks, groups list items and nests overlapping spans well-formed', () => {
    const blocks = [
      { type: 'heading2', text: 'Council backs cycle lane', spans: [] },
      {
        type: 'paragraph',
        text: 'The vote was very close today.',
        spans: [
          { start: 4, end: 17, type: 'strong' },
          { start: 13, end: 23, type: 'em' },
          {
            start: 24,
            end: 29,
            type: 'hyperlink',
            data: { link_type: 'Web', url: 'https://x.example/today' },
          },
        ],
      },
      { type: 'list-item', text: 'Paint the lane', spans: [] },
      {
        type: 'list-item',
        text: 'Add signs',
        spans: [{ start: 4, end: 9, type: 'hyperlink', data: { url: 'javascript:alert(1)' } }],
      },
      { type: 'o-list-item', text: 'First', spans: [] },
      { type: 'image', url: 'https://images.example/lane.jpg', alt: 'Lane' },
      { type: 'preformatted', text: 'a < b', spans: [] },
      {
        type: 'paragraph',
        text: 'Fish & chips',
        spans: [{ start: 0, end: 4, type: 'label', data: { label: 'highlight' } }],
      },
    ]
    expect(prismicRichTextToHtml(blocks)).toBe(
      [
        '<h2>Council backs cycle lane</h2>',
        '<p>The <strong>vote was <em>very</em></strong><em> close</em> <a href="https://x.example/today">today</a>.</p>',
        '<ul>',
        '<li>Paint the lane</li>',
        '<li>Add signs</li>',
        '</ul>',
        '<ol>',
        '<li>First</li>',
        '</ol>',
        '<pre>a &lt; b</pre>',
        '<p><span class="highlight">Fish</span> &amp; chips</p>',
      ].join('\n'),
    )
  })

  it('uses UTF-16 offsets and clamps spans outside the text', () => {
    const blocks = [
      {
        type: 'paragraph',
        text: '🚲 lane\nopens',
        spans: [
          { start: 0, end: 2, type: 'strong' },
          { start: 3, end: 99, type: 'em' },
          { start: 5, end: 2, type: 'strong' },
        ],
      },
    ]
    expect(prismicRichTextToHtml(blocks)).toBe('<p><strong>🚲</strong> <em>lane<br>opens</em></p>')
  })

  it('prismicTextOf joins block texts', () => {
    expect(
      prismicTextOf([
        { type: 'heading1', text: 'Council backs', spans: [] },
        { type: 'heading1', text: 'cycle lane', spans: [] },
      ]),
    ).toBe('Council backs cycle lane')
    expect(prismicTextOf('Plain key text')).toBe('Plain key text')
    expect(prismicTextOf({})).toBe('')
  })
})

describe('editorJsToHtml', () => {
  it('renders Directus Block Editor output, keeping inline HTML', () => {
    const data = {
      time: 1_700_000_000_000,
      version: '2.28.2',
      blocks: [
        { id: 'a1', type: 'header', data: { text: 'Council backs cycle lane', level: 2 } },
        {
          id: 'a2',
          type: 'paragraph',
          data: { text: 'The vote was <b>close</b>, see <a href="https://x.example">minutes</a>.' },
        },
        {
          id: 'a3',
          type: 'list',
          data: {
            style: 'unordered',
            items: [
              { content: 'Paint the lane', items: [{ content: 'North end', items: [] }] },
              { content: 'Add signs', items: [] },
            ],
          },
        },
        { id: 'a4', type: 'list', data: { style: 'ordered', items: ['One', 'Two'] } },
        {
          id: 'a5',
          type: 'quote',
          data: { text: 'A good day.', caption: 'Cllr Amin', alignment: 'left' },
        },
        { id: 'a6', type: 'code', data: { code: 'if (a < b) go()' } },
        { id: 'a7', type: 'delimiter', data: {} },
        { id: 'a8', type: 'image', data: { file: { url: 'lane.jpg' }, caption: 'The lane' } },
        {
          id: 'a9',
          type: 'table',
          data: {
            withHeadings: true,
            content: [
              ['For', 'Against'],
              ['5', '4'],
            ],
          },
        },
        { id: 'b1', type: 'paragraph', data: { text: '&nbsp;' } },
      ],
    }
    expect(editorJsToHtml(data)).toBe(
      [
        '<h2>Council backs cycle lane</h2>',
        '<p>The vote was <b>close</b>, see <a href="https://x.example">minutes</a>.</p>',
        '<ul>',
        '<li>Paint the lane',
        '<ul>',
        '<li>North end</li>',
        '</ul></li>',
        '<li>Add signs</li>',
        '</ul>',
        '<ol>',
        '<li>One</li>',
        '<li>Two</li>',
        '</ol>',
        '<blockquote>',
        '<p>A good day.</p>',
        '<p><cite>Cllr Amin</cite></p>',
        '</blockquote>',
        '<pre><code>if (a &lt; b) go()</code></pre>',
        '<hr>',
        '<table>',
        '<tr><th>For</th><th>Against</th></tr>',
        '<tr><td>5</td><td>4</td></tr>',
        '</table>',
      ].join('\n'),
    )
  })

  it('accepts a JSON string and caps deep list nesting', () => {
    const json = JSON.stringify({ blocks: [{ type: 'paragraph', data: { text: LEAD } }] })
    expect(editorJsToHtml(json)).toBe(`<p>${LEAD}</p>`)
    const deep = nest(500, (inner) => ({ content: 'x', items: [inner] }), {
      content: 'deep',
      items: [],
    })
    const out = editorJsToHtml({
      blocks: [{ type: 'list', data: { style: 'unordered', items: [deep] } }],
    })
    expect(out).not.toContain('deep')
    expect(out.startsWith('<ul>\n<li>x')).toBe(true)
  })
})

describe('markdownToHtml', () => {
  it('renders headings, paragraphs, emphasis, links and lists', () => {
    const md = [
      '## Council backs cycle lane',
      '',
      `${LEAD.replace('five votes to four', '**five votes** to *four*')}`,
      'See the [minutes](https://council.example.gov/minutes "Minutes") or [this](javascript:alert(1)).',
      '',
      '![The lane](https://images.example/lane.jpg)',
      '',
      '- Paint the lane',
      '- Add _signs_',
      '  1. Stop signs',
      '',
      '> A good day',
      '> for cyclists.',
    ].join('\n')
    expect(markdownToHtml(md)).toBe(
      [
        '<h2>Council backs cycle lane</h2>',
        '<p>The council approved the Main Street cycle lane by <strong>five votes</strong> to <em>four</em> on Monday.',
        'See the <a href="https://council.example.gov/minutes">minutes</a> or this.</p>',
        '<ul>',
        '<li>Paint the lane</li>',
        '<li>Add <em>signs</em>',
        '<ol>',
        '<li>Stop signs</li>',
        '</ol></li>',
        '</ul>',
        '<blockquote>',
        '<p>A good day',
        'for cyclists.</p>',
        '</blockquote>',
      ].join('\n'),
    )
  })

  it('escapes text, keeps raw HTML, code and hard breaks', () => {
    const md = [
      'Fish & chips < 5 "quid", `a < b`, <u>underlined</u> and &copy; 2026.',
      'Line two  ',
      'line three\\',
      'line four',
      '',
      '```js',
      'if (a < b) go()',
      '```',
      '',
      '<div class="box">Raw block</div>',
      '',
      '***',
      '',
      'Setext heading',
      '==============',
      '',
      '***bold italic*** and snake_case_word and ~~struck~~',
    ].join('\n')
    expect(markdownToHtml(md)).toBe(
      [
        '<p>Fish &amp; chips &lt; 5 &quot;quid&quot;, <code>a &lt; b</code>, <u>underlined</u> and &copy; 2026.',
        'Line two<br>line three<br>line four</p>',
        '<pre><code class="language-js">if (a &lt; b) go()</code></pre>',
        '<div class="box">Raw block</div>',
        '<hr>',
        '<h1>Setext heading</h1>',
        '<p><em><strong>bold italic</strong></em> and snake_case_word and <del>struck</del></p>',
      ].join('\n'),
    )
  })

  it('resolves reference links and leaves unknown brackets alone', () => {
    const md = [
      'Read [the report][r] and [r], not [sic].',
      '',
      '[r]: https://council.example.gov/r',
    ].join('\n')
    expect(markdownToHtml(md)).toBe(
      '<p>Read <a href="https://council.example.gov/r">the report</a> and <a href="https://council.example.gov/r">r</a>, not [sic].</p>',
    )
  })

  it('caps deep nesting and stays fast on pathological input', () => {
    const deep = '>'.repeat(5000) + ' deep'
    expect(markdownToHtml(`${deep}\n\nafter`)).toBe('<p>after</p>')
    // workerd's clock stands still during synchronous code: the test timeout is the guard here.
    for (const input of [
      '['.repeat(100_000),
      '[a]('.repeat(50_000),
      '*a '.repeat(50_000),
      '`'.repeat(1000) + ' x `'.repeat(20_000),
      '<a '.repeat(50_000),
      '<!--'.repeat(50_000),
      '- '.repeat(5000) + 'x',
      '**_'.repeat(30_000),
    ]) {
      expect(markdownToHtml(input).length).toBeGreaterThan(0)
    }
  })
})
