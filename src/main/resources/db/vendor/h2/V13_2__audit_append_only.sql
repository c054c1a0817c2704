-- Audit entries are append-only on H2 too: the trigger class (shipped in the WAR) refuses UPDATE,
-- and DELETE of any entry at or above the chain's first_kept_position, which only the retention
-- job moves (see AuditAppendOnlyTrigger and the PostgreSQL script for why a column).
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry
    FOR EACH ROW CALL 'org.alongside.platform.AuditAppendOnlyTrigger';
