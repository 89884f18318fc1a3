-- Owners (issue 16): results and jobs of one API key are readable by that key or by an admin key.
-- A document belongs to the key whose job last wrote it; webhook documents have no owner and are
-- readable by admin keys only.
ALTER TABLE documents ADD COLUMN owner TEXT;
CREATE INDEX documents_owner ON documents (owner, seq);
