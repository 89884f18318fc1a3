/**
 * @module
 * Converters from each CMS's rich-text format to clean HTML for the article cleaner: pure
 * functions that never throw on untrusted webhook JSON, escape all text and attribute values, and
 * put block elements on their own lines.
 */

export { contentfulRichTextToHtml } from './contentful-rich-text'
export { editorJsToHtml } from './editorjs'
export { gutenbergToHtml } from './gutenberg'
export { escapeHtml, safeHref } from './html'
export { lexicalToHtml } from './lexical'
export { markdownToHtml } from './markdown'
export { portableTextToHtml } from './portable-text'
export { prismicRichTextToHtml, prismicTextOf } from './prismic-rich-text'
export { prosemirrorToHtml } from './prosemirror'
export { strapiBlocksToHtml } from './strapi-blocks'
