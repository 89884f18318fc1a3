import { describe, expect, it } from 'vitest'
import { charsetOf, decodeBody } from '../../src/routes/body-encoding'
import { postRaw } from '../helpers/worker'

// "Grüße aus Köln" and a page around it, in Windows-1252 / ISO-8859-1 bytes.
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0))
const story =
  '<p>Der Stadtrat hat am Montag den Haushalt für Straßen und Schulen beschlossen, teilte die Verwaltung mit.</p>'
const page = (head = '') =>
  `<html><head>${head}<title>Haushalt</title></head><body><article>${story.repeat(3)}</article></body></html>`

describe('body encodings', () => {
  it('reads the charset parameter', () => {
    expect(charsetOf('text/html; charset="ISO-8859-1"')).toBe('iso-8859-1')
    expect(charsetOf('text/html;charset=windows-1252')).toBe('windows-1252')
    expect(charsetOf('text/html')).toBeNull()
  })

  it('decodes HTML by its declared charset, its <meta charset>, or as Windows-1252', () => {
    const bytes = latin1(page())
    expect(decodeBody(bytes, 'html', 'text/html; charset=iso-8859-1')).toContain('für Straßen')
    expect(decodeBody(latin1(page('<meta charset="iso-8859-15">')), 'html', 'text/html')).toContain(
      'für Straßen',
    )
    // No label at all, or one claiming UTF-8 that the bytes belie.
    expect(decodeBody(bytes, 'html', 'text/html')).toContain('für Straßen')
    expect(decodeBody(bytes, 'html', 'text/html; charset=utf-8')).toContain('für Straßen')
    // Windows-1252's curly quotes, which ISO-8859-1 lacks.
    expect(decodeBody(Uint8Array.from([0x93, 0x48, 0x69, 0x94]), 'html', 'text/html')).toBe('“Hi”')
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Hallo'].flatMap((c) => [c.charCodeAt(0), 0])])
    expect(decodeBody(utf16, 'html', 'text/html')).toBe('Hallo')
  })

  it('keeps UTF-8 strict for plain text and JSON, and names what it cannot read', () => {
    const bytes = latin1('Grüße aus Köln.')
    expect(decodeBody(bytes, 'text', 'text/plain; charset=iso-8859-1')).toBe('Grüße aus Köln.')
    expect(() => decodeBody(bytes, 'text', 'text/plain')).toThrow(/not valid UTF-8/)
    expect(() => decodeBody(bytes, 'json', 'application/json; charset=latin1')).toThrow(/UTF-8/)
    expect(() => decodeBody(bytes, 'html', 'text/html; charset=klingon')).toThrow(/klingon/)
  })

  it('analyzes a legacy page through the route instead of refusing it', async () => {
    const reply = await postRaw<{ clean: { text: string }; language: string }>(
      '/v1/analyze',
      latin1(page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')),
      'text/html',
    )
    expect(reply.status).toBe(200)
    expect(reply.json.clean.text).toContain('den Haushalt für Straßen und Schulen')
    expect(reply.json.language).toBe('de')
    const unknown = await postRaw('/v1/analyze', latin1(page()), 'text/html; charset=klingon')
    expect(unknown.status).toBe(415)
  })
})
