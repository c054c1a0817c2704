-- Audit entries are append-only, enforced by the database itself: UPDATE and TRUNCATE are always
-- refused, DELETE only of entries the retention job has first moved below the chain's
-- first_kept_position (it does both under the chain's row lock, see RetentionService). A
-- column in the chain table rather than a session setting: nothing leaks to the next user of a
-- pooled connection, and the rule can be read in the schema.
CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Nested, so OLD is only read for a row DELETE (a TRUNCATE has none).
    IF TG_OP = 'DELETE' THEN
        IF OLD.chain_position < (SELECT first_kept_position FROM audit_chain WHERE id = 1) THEN
            RETURN OLD;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
