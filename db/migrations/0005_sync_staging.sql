DROP INDEX "sync_staged_rows_run_idx";--> statement-breakpoint
-- Scratch rows of previews in progress need no WAL (drizzle cannot express UNLOGGED; edited by hand).
ALTER TABLE "sync_staged_rows" SET UNLOGGED;
