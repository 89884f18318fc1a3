-- Deliveries, stored results and backfill jobs (issue 13). Applied by `wrangler d1 migrations apply`
-- (npm start does it locally) and by the test setup.

-- One row per document change a webhook or a job asked for: the history of every document, and
-- the durable copy of what was accepted (written before the 202, so nothing accepted is lost).
CREATE TABLE deliveries (
  id TEXT PRIMARY KEY,                 -- ours: dlv_<random> (one per document per delivery)
  source TEXT NOT NULL,                -- ghost, wordpress, ..., or the job's source
  dedupe_key TEXT NOT NULL,            -- the CMS's delivery id, or a hash of the request
  doc_id TEXT NOT NULL,                -- the CMS's own document id
  action TEXT NOT NULL,                -- upsert | fetch | delete
  job_id TEXT,                         -- set for backfill items
  payload TEXT,                        -- JSON: the article, or what to fetch; cleared once done
  status TEXT NOT NULL,                -- queued | stored | unchanged | superseded | deleted | failed
  attempts INTEGER NOT NULL DEFAULT 0,
  content_hash TEXT,
  error TEXT,
  received_at TEXT NOT NULL,
  finished_at TEXT,
  callback_status TEXT,                -- null | queued | sent | failed
  acknowledged_at TEXT,                -- when the sender got its 202: a later copy is a replay
  UNIQUE (source, dedupe_key, doc_id)
);
CREATE INDEX deliveries_document ON deliveries (source, doc_id, received_at);
CREATE INDEX deliveries_job ON deliveries (job_id, status) WHERE job_id IS NOT NULL;

-- One analysis per distinct content of a document: republishing the same text stores nothing new.
CREATE TABLE results (
  source TEXT NOT NULL,
  doc_id TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  analysis TEXT NOT NULL,              -- the full analyze() JSON
  created_at TEXT NOT NULL,
  PRIMARY KEY (source, doc_id, content_hash)
);

-- The latest state of each document, and the change feed behind GET /v1/results.
CREATE TABLE documents (
  source TEXT NOT NULL,
  doc_id TEXT NOT NULL,
  status TEXT NOT NULL,                -- stored | deleted | failed
  content_hash TEXT,                   -- the latest result; null once deleted
  title TEXT,
  url TEXT,
  language TEXT,
  cms_updated_at TEXT,                 -- the CMS's own updated time, to keep the newest revision
  changed_at TEXT NOT NULL,
  seq INTEGER NOT NULL,                -- grows with every change: the sync cursor
  PRIMARY KEY (source, doc_id)
);
CREATE UNIQUE INDEX documents_seq ON documents (seq);
CREATE INDEX documents_changed ON documents (source, seq);

CREATE TABLE jobs (
  id TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  total INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  owner TEXT                           -- the caller's key name, once keys exist
);
