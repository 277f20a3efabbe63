import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The data model of the plans and of the portfolio built on them.
 *
 * Reviewed by hand. Conventions:
 * - money is numeric(18,2) in 万元 (exact to 0.01 万元), land numeric(14,4) in 亩, area numeric(14,2) in m²;
 * - every quantity carries a CHECK (>= 0, percentages 0..100) so bad data cannot enter through any path;
 * - milestone and project status are not stored where they can be derived (a milestone is overdue because of the
 *   clock, not because a job remembered to flip a flag);
 * - ids are uuids from gen_random_uuid() (built in since PostgreSQL 13, no extension needed).
 */
export class InitialSchema1763880000000 implements MigrationInterface {
  name = 'InitialSchema1763880000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE regions (
        code        varchar(12) PRIMARY KEY,
        name        text NOT NULL,
        level       text NOT NULL CHECK (level IN ('province', 'city', 'district', 'county')),
        parent_code varchar(12) REFERENCES regions (code)
      )`);

    await q.query(`
      CREATE TABLE plans (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code            varchar(64) NOT NULL UNIQUE,
        title           text NOT NULL,
        region_code     varchar(12) NOT NULL REFERENCES regions (code),
        period_start    smallint NOT NULL,
        period_end      smallint NOT NULL,
        document_number text,
        issued_on       date,
        time_zone       text NOT NULL DEFAULT 'Asia/Shanghai',
        source_file     text,
        source_line     integer,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        version         integer NOT NULL DEFAULT 1,
        CHECK (period_end >= period_start)
      )`);
    await q.query(`CREATE INDEX plans_region_idx ON plans (region_code)`);

    await q.query(`
      CREATE TABLE programs (
        id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id                 uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        number                  smallint NOT NULL CHECK (number >= 0),
        title                   text NOT NULL,
        kind                    text NOT NULL CHECK (kind IN ('projects', 'beds', 'indicators', 'list')),
        declared_land_mu        numeric(14,4) CHECK (declared_land_mu >= 0),
        declared_investment_wan numeric(18,2) CHECK (declared_investment_wan >= 0),
        source_file             text,
        source_line             integer,
        UNIQUE (plan_id, number)
      )`);

    await q.query(`
      CREATE TABLE institutions (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        region_code varchar(12) NOT NULL REFERENCES regions (code),
        category    text NOT NULL DEFAULT 'other',
        source_file text,
        source_line integer,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        version     integer NOT NULL DEFAULT 1,
        UNIQUE (region_code, name)
      )`);

    await q.query(`
      CREATE TABLE projects (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code                varchar(80) NOT NULL UNIQUE,
        plan_id             uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        program_id          uuid REFERENCES programs (id) ON DELETE SET NULL,
        institution_id      uuid REFERENCES institutions (id) ON DELETE SET NULL,
        region_code         varchar(12) NOT NULL REFERENCES regions (code),
        name                text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        content             text CHECK (length(content) <= 10000),
        build_type          text NOT NULL DEFAULT 'other'
                            CHECK (build_type IN ('new', 'expansion', 'renovation', 'relocation', 'other')),
        status              text NOT NULL DEFAULT 'planned'
                            CHECK (status IN ('planned', 'preparing', 'under_construction', 'completed',
                                              'in_service', 'suspended', 'cancelled')),
        land_mu             numeric(14,4) CHECK (land_mu >= 0),
        investment_wan      numeric(18,2) CHECK (investment_wan >= 0),
        floor_area_m2       numeric(14,2) CHECK (floor_area_m2 >= 0),
        new_build_area_m2   numeric(14,2) CHECK (new_build_area_m2 >= 0),
        renovation_area_m2  numeric(14,2) CHECK (renovation_area_m2 >= 0),
        beds                integer CHECK (beds >= 0),
        start_year          smallint CHECK (start_year BETWEEN 2000 AND 2100),
        end_year            smallint CHECK (end_year BETWEEN 2000 AND 2100),
        remark              text,
        source_file         text,
        source_line         integer CHECK (source_line >= 1),
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now(),
        version             integer NOT NULL DEFAULT 1,
        CHECK (end_year IS NULL OR start_year IS NULL OR end_year >= start_year)
      )`);
    // The filters of /projects and /finance/totals; id is the keyset tie-breaker.
    await q.query(`CREATE INDEX projects_plan_idx ON projects (plan_id, id)`);
    await q.query(`CREATE INDEX projects_program_idx ON projects (program_id, id)`);
    await q.query(`CREATE INDEX projects_institution_idx ON projects (institution_id, id)`);
    await q.query(`CREATE INDEX projects_region_idx ON projects (region_code, id)`);
    await q.query(`CREATE INDEX projects_status_idx ON projects (status, id)`);

    await q.query(`
      CREATE TABLE milestones (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id   uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        kind         text NOT NULL CHECK (kind IN ('approval', 'feasibility', 'design', 'permit', 'groundbreaking',
                                                   'topping_out', 'completion', 'in_service', 'custom')),
        name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        planned_date date NOT NULL,
        actual_date  date,
        note         text,
        created_at   timestamptz NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now(),
        version      integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX milestones_project_idx ON milestones (project_id, planned_date)`);
    // The reminder scan and ?status=pending|overdue read only open milestones, by date.
    await q.query(`CREATE INDEX milestones_open_by_date_idx ON milestones (planned_date, id) WHERE actual_date IS NULL`);

    await q.query(`
      CREATE TABLE progress_reports (
        id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id               uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        period                   date NOT NULL CHECK (extract(day FROM period) = 1),
        completed_investment_wan numeric(18,2) NOT NULL DEFAULT 0 CHECK (completed_investment_wan >= 0),
        disbursed_wan            numeric(18,2) NOT NULL DEFAULT 0 CHECK (disbursed_wan >= 0),
        physical_progress_pct    numeric(5,2) CHECK (physical_progress_pct BETWEEN 0 AND 100),
        note                     text,
        created_at               timestamptz NOT NULL DEFAULT now(),
        updated_at               timestamptz NOT NULL DEFAULT now(),
        version                  integer NOT NULL DEFAULT 1,
        UNIQUE (project_id, period)
      )`);

    await q.query(`
      CREATE TABLE funding_lines (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        source     text NOT NULL CHECK (source IN ('central_budget', 'special_bonds', 'fiscal', 'self_raised',
                                                   'private_capital', 'other')),
        amount_wan numeric(18,2) NOT NULL CHECK (amount_wan >= 0),
        status     text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'secured', 'received')),
        note       text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX funding_lines_project_idx ON funding_lines (project_id)`);

    await q.query(`
      CREATE TABLE bed_targets (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id             uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        program_id          uuid REFERENCES programs (id) ON DELETE SET NULL,
        institution_id      uuid REFERENCES institutions (id) ON DELETE SET NULL,
        subject             text NOT NULL,
        subject_kind        text NOT NULL CHECK (subject_kind IN ('institution', 'category')),
        baseline_year       smallint NOT NULL,
        target_year         smallint NOT NULL,
        baseline_count      integer CHECK (baseline_count >= 0),
        baseline_count_text text,
        baseline_beds       integer CHECK (baseline_beds >= 0),
        baseline_beds_text  text,
        target_count        integer CHECK (target_count >= 0),
        target_count_text   text,
        target_beds         integer CHECK (target_beds >= 0),
        target_beds_text    text,
        source_file         text,
        source_line         integer,
        CHECK (target_year >= baseline_year)
      )`);
    await q.query(`CREATE INDEX bed_targets_plan_idx ON bed_targets (plan_id)`);

    await q.query(`
      CREATE TABLE indicators (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id       uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        position      smallint NOT NULL,
        domain        text,
        name          text NOT NULL,
        unit          text,
        baseline      numeric(18,4),
        baseline_text text,
        target        numeric(18,4),
        target_text   text,
        nature        text CHECK (nature IN ('binding', 'expected', 'guiding')),
        source_file   text,
        source_line   integer,
        UNIQUE (plan_id, position)
      )`);

    await q.query(`
      CREATE TABLE api_keys (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        role         text NOT NULL CHECK (role IN ('admin', 'finance', 'manager', 'viewer')),
        key_prefix   varchar(16) NOT NULL UNIQUE,
        key_hash     char(64) NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at   timestamptz
      )`);
    await q.query(`
      CREATE TABLE api_key_institutions (
        api_key_id     uuid NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
        institution_id uuid NOT NULL REFERENCES institutions (id) ON DELETE CASCADE,
        PRIMARY KEY (api_key_id, institution_id)
      )`);

    await q.query(`
      CREATE TABLE audit_log (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id    uuid,
        actor_name  text NOT NULL,
        action      text NOT NULL,
        entity_type text NOT NULL,
        entity_id   text NOT NULL,
        before      jsonb,
        after       jsonb,
        request_id  text
      )`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, id)`);

    await q.query(`
      CREATE TABLE idempotency_keys (
        api_key_id      uuid NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
        key             varchar(200) NOT NULL,
        request_hash    char(64) NOT NULL,
        response_status smallint NOT NULL,
        response_body   jsonb,
        created_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (api_key_id, key)
      )`);

    await q.query(`
      CREATE TABLE notifications (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dedup_key      text NOT NULL UNIQUE,
        kind           text NOT NULL CHECK (kind IN ('due_soon', 'overdue', 'escalated')),
        milestone_id   uuid NOT NULL REFERENCES milestones (id) ON DELETE CASCADE,
        project_id     uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        institution_id uuid REFERENCES institutions (id) ON DELETE SET NULL,
        audience_roles text[] NOT NULL,
        title          text NOT NULL,
        due_date       date NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX notifications_institution_idx ON notifications (institution_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE notification_acks (
        notification_id uuid NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
        api_key_id      uuid NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
        acked_at        timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (notification_id, api_key_id)
      )`);

    await q.query(`
      CREATE TABLE webhook_subscriptions (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url        text NOT NULL CHECK (length(url) <= 2000),
        events     text[] NOT NULL CHECK (cardinality(events) > 0),
        -- The signing secret must be readable to compute HMACs, so it cannot be hashed; the API never returns it.
        secret     text NOT NULL,
        active     boolean NOT NULL DEFAULT true,
        created_by uuid REFERENCES api_keys (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version    integer NOT NULL DEFAULT 1
      )`);
    await q.query(`
      CREATE TABLE webhook_deliveries (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subscription_id  uuid NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
        event_id         uuid NOT NULL,
        event_type       text NOT NULL,
        payload          jsonb NOT NULL,
        status           text NOT NULL DEFAULT 'pending'
                         CHECK (status IN ('pending', 'succeeded', 'failed', 'dead')),
        attempts         integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_status_code smallint,
        last_error       text,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        UNIQUE (subscription_id, event_id)
      )`);
    await q.query(`
      CREATE TABLE webhook_delivery_attempts (
        id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        delivery_id  uuid NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
        attempted_at timestamptz NOT NULL DEFAULT now(),
        status_code  smallint,
        error        text,
        duration_ms  integer NOT NULL CHECK (duration_ms >= 0)
      )`);
    await q.query(`CREATE INDEX webhook_delivery_attempts_delivery_idx ON webhook_delivery_attempts (delivery_id, id)`);

    // Events written in the same transaction as the change they describe; the worker relays them to the queue.
    // The identity id gives a total order, so events of one project are relayed in the order they happened.
    await q.query(`
      CREATE TABLE outbox_events (
        id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event_id       uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
        event_type     text NOT NULL,
        aggregate_type text NOT NULL,
        aggregate_id   text NOT NULL,
        project_id     uuid,
        payload        jsonb NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now(),
        published_at   timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_events_unpublished_idx ON outbox_events (id) WHERE published_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'outbox_events',
      'webhook_delivery_attempts',
      'webhook_deliveries',
      'webhook_subscriptions',
      'notification_acks',
      'notifications',
      'idempotency_keys',
      'audit_log',
      'api_key_institutions',
      'api_keys',
      'indicators',
      'bed_targets',
      'funding_lines',
      'progress_reports',
      'milestones',
      'projects',
      'institutions',
      'programs',
      'plans',
      'regions',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
