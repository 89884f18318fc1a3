// Copies Swagger UI (swagger-ui-dist, Apache-2.0) into public/docs/vendor/, so that /docs loads
// nothing from another host. Run by `npm start`, `npm test` and `npm run deploy`.
import { copyFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'))
const target = join(root, 'public', 'docs', 'vendor')
mkdirSync(target, { recursive: true })
for (const file of [
  'swagger-ui-bundle.js',
  'swagger-ui.css',
  'swagger-ui-bundle.js.LICENSE.txt',
  'LICENSE',
  'NOTICE',
])
  copyFileSync(join(dist, file), join(target, file))
