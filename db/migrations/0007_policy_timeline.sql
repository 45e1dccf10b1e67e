CREATE TYPE "public"."policy_change" AS ENUM('seed', 'create', 'recheck', 'supersede');--> statement-breakpoint
CREATE TYPE "public"."policy_kind" AS ENUM('law', 'decree', 'statement', 'operator_notice', 'bill');--> statement-breakpoint
CREATE TYPE "public"."policy_status" AS ENUM('in_force', 'proposed', 'superseded');--> statement-breakpoint
CREATE TYPE "public"."policy_vote_choice" AS ENUM('confirm', 'dispute');--> statement-breakpoint
ALTER TYPE "public"."moderation_action" ADD VALUE 'create_fact';--> statement-breakpoint
ALTER TYPE "public"."moderation_action" ADD VALUE 'recheck_fact';--> statement-breakpoint
ALTER TYPE "public"."moderation_action" ADD VALUE 'supersede_fact';--> statement-breakpoint
CREATE TABLE "policy_event_revisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" varchar(60) NOT NULL,
	"number" integer NOT NULL,
	"change" "policy_change" NOT NULL,
	"snapshot" jsonb NOT NULL,
	"reason" varchar(500) DEFAULT '' NOT NULL,
	"actor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_events" (
	"id" varchar(60) PRIMARY KEY NOT NULL,
	"date" date NOT NULL,
	"date_end" date,
	"kind" "policy_kind" NOT NULL,
	"status" "policy_status" NOT NULL,
	"operator_slug" varchar(40),
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL,
	"summary_zh" text NOT NULL,
	"summary_en" text NOT NULL,
	"affects_zh" text NOT NULL,
	"affects_en" text NOT NULL,
	"source_name" varchar(200) NOT NULL,
	"source_date" date NOT NULL,
	"source_url" varchar(500),
	"last_checked" date NOT NULL,
	"check_after" date,
	"revision" integer DEFAULT 1 NOT NULL,
	"disputed" boolean DEFAULT false NOT NULL,
	"due_announced" date,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_events_id_format" CHECK ("policy_events"."id" ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
	CONSTRAINT "policy_events_source_url" CHECK ("policy_events"."source_url" IS NULL OR "policy_events"."source_url" ~ '^https?://[^/]+/.'),
	CONSTRAINT "policy_events_date_end" CHECK ("policy_events"."date_end" IS NULL OR "policy_events"."date_end" > "policy_events"."date"),
	CONSTRAINT "policy_events_check_after" CHECK ("policy_events"."check_after" IS NULL OR "policy_events"."check_after" > "policy_events"."last_checked"),
	CONSTRAINT "policy_events_operator_notice" CHECK (("policy_events"."kind" = 'operator_notice') = ("policy_events"."operator_slug" IS NOT NULL)),
	CONSTRAINT "policy_events_revision_positive" CHECK ("policy_events"."revision" > 0)
);
--> statement-breakpoint
CREATE TABLE "policy_votes" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" varchar(60) NOT NULL,
	"revision" integer NOT NULL,
	"choice" "policy_vote_choice" NOT NULL,
	"note" varchar(300) DEFAULT '' NOT NULL,
	"source_url" varchar(500),
	"reader_key" varchar(80) NOT NULL,
	"address_hash" varchar(80) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "policy_event_revisions" ADD CONSTRAINT "policy_event_revisions_event_id_policy_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."policy_events"("id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "policy_event_revisions" ADD CONSTRAINT "policy_event_revisions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_events" ADD CONSTRAINT "policy_events_operator_slug_operators_slug_fk" FOREIGN KEY ("operator_slug") REFERENCES "public"."operators"("slug") ON DELETE restrict ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "policy_votes" ADD CONSTRAINT "policy_votes_event_id_policy_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."policy_events"("id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
CREATE UNIQUE INDEX "policy_event_revisions_event_number_key" ON "policy_event_revisions" USING btree ("event_id","number");--> statement-breakpoint
CREATE INDEX "policy_event_revisions_created_idx" ON "policy_event_revisions" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "policy_events_date_idx" ON "policy_events" USING btree ("date","position");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_votes_reader_key" ON "policy_votes" USING btree ("event_id","revision","reader_key");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_votes_address_key" ON "policy_votes" USING btree ("event_id","revision","address_hash");