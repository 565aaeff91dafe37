-- Sensible defaults so a migrated empty database serves: the agency settings row and one root department.
INSERT INTO "agency_settings" ("id", "name", "address", "contact", "seal_text", "tracking_prefix", "reply_deadline_wording")
VALUES (1, '本机关', '', '', '本机关（印章）', 'GK', '自收到申请之日起20个工作日内予以答复')
ON CONFLICT ("id") DO NOTHING;
--> statement-breakpoint
INSERT INTO "departments" ("name", "code", "sort_order")
SELECT '本机关', 'ROOT', 0
WHERE NOT EXISTS (SELECT 1 FROM "departments" WHERE "code" = 'ROOT');
--> statement-breakpoint
-- The audit log is append-only: UPDATE and DELETE are refused by the database itself.
CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update_delete
  BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON "audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
