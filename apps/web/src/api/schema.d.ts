// Generated from /openapi.json by `npm run web:schema` (test/web/schema.e2e-spec.ts). Do not edit.

export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness and dependencies
         * @description No authentication. 503 names the dependency that is down.
         */
        get: operations["Health_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys (admin)
         * @description Never includes the keys themselves.
         */
        get: operations["Keys_list"];
        put?: never;
        /**
         * Create an API key (admin)
         * @description The response holds the key: store it, it is not shown again.
         */
        post: operations["Keys_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key (admin) */
        delete: operations["Keys_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller: key, role and, for managers, the institutions in scope */
        get: operations["Me_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{name}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a job now (admin)
         * @description `rollups`: recompute every finance rollup. `reminders`: scan milestones for due, overdue and escalated reminders.
         */
        post: operations["Jobs_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List plans
         * @description Sort: `code`, `regionCode`, `periodStart` (prefix `-` to reverse).
         */
        get: operations["Plans_listPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a plan */
        get: operations["Plans_getPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the 专栏 programs of a plan
         * @description Each with the totals the plan declares (合计), the exact sum of its projects, and whether they agree.
         */
        get: operations["Plans_listPrograms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a 专栏 program with its reconciliation */
        get: operations["Plans_getProgram"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List regions
         * @description Provinces, cities and counties known from the plans, each with the number of plans in it and under it. Any `regionCode` filter (plans, projects, finance) includes the regions under the code. Sort: `code`, `name`.
         */
        get: operations["Plans_listRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List institutions
         * @description Sort: `name`, `regionCode`.
         */
        get: operations["Plans_listInstitutions"];
        put?: never;
        /** Create an institution (admin) */
        post: operations["Plans_createInstitution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/institutions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an institution */
        get: operations["Plans_getInstitution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/beds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bed targets of the plans
         * @description Baseline and target counts and beds per institution or category; cells kept verbatim beside the numbers. Sort: `sourceLine`, `subject`.
         */
        get: operations["Plans_listBeds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Main indicators of the plans (主要指标)
         * @description Sort: `position`, `name`.
         */
        get: operations["Plans_listIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/beds/capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bed capacity: the plan’s bed targets against the beds its projects add
         * @description Per plan (filter by `planId` or `regionCode`) and per institution category: the beds of the baseline year and
         *     the target the plan sets, against the beds its projects add, so a planner sees whether the projects reach the target.
         *
         *     - **Categories.** A bed table's rows are put into the tracker's institution categories: a row naming an institution
         *       (乐山's 表2) by that institution's category; a row naming a kind (罗江's 专栏4) by its words, first match wins:
         *       病区 (a ward of the county hospital) → general_hospital; 社会办/民营 → other; 妇幼/妇女儿童/保健院 → maternal_child;
         *       中医 → tcm_hospital; 精神/专科/肿瘤 → specialist_hospital; 疾控 → cdc; 公共卫生/血站/急救/监督 → public_health;
         *       社区 → community_health_center; 卫生院 (乡镇, 中心) → township_health_center; 卫生室 → village_clinic;
         *       养老/医养/康养 → elderly_care; 托育 → childcare; any other 医院 → general_hospital; the rest → other.
         *       Rows of one category add up. A 合计 row is the plan's total, never a category.
         *     - **Targets.** `targetBeds` is null where the plan sets none or says 不设上限; each category lists its rows with
         *       the cells verbatim in `subjects`.
         *     - **Added beds.** Summed by the database from the projects of the plan whose institution is of the category:
         *       planned and preparing → `planned`; under_construction → `underConstruction`; completed and in_service →
         *       `inService`; suspended and cancelled are left out; a project without a bed figure adds none.
         *       `projectedBeds` = `baselineBeds` + `addedBeds.total` (null without a baseline), `reachesTarget` =
         *       `projectedBeds` ≥ `targetBeds` (null when either is unknown).
         *     - **Totals.** The table's 合计 row when stored, else the sum of its rows (uncapped rows left out of the target, as
         *       the plans' own 合计 do); added beds of the whole plan, including projects of no institution.
         *     - **Beds per 1,000.** Where the plan has the all-institution indicator (每千常住人口医疗卫生机构床位数): its baseline and
         *       target, and the projected ratio = baseline ratio × `totals.projectedBeds` / `totals.baselineBeds`, rounded to
         *       2 decimals. The plans do not state the population: the baseline ratio implies it, and it is held at that level.
         */
        get: operations["Capacity_bedCapacity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List projects
         * @description Filters combine with AND. `q` matches a substring of the name or content. Sort: `name`, `code`, `investmentWan`, `landMu`, `floorAreaM2`, `beds`, `startYear`, `status`, `createdAt`, `updatedAt` (prefix `-` to reverse); keyset pages via `cursor`.
         */
        get: operations["Projects_list"];
        put?: never;
        /**
         * Create a project
         * @description Admins, and managers for their own institutions.
         */
        post: operations["Projects_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a project
         * @description The ETag header carries its version for If-Match.
         */
        get: operations["Projects_get"];
        put?: never;
        post?: never;
        /**
         * Delete a project (admin)
         * @description Deletes its milestones, progress and funding too.
         */
        delete: operations["Projects_remove"];
        options?: never;
        head?: never;
        /**
         * Change a project
         * @description Send only the fields to change, with If-Match.
         */
        patch: operations["Projects_update"];
        trace?: never;
    };
    "/api/v1/projects/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Monthly progress reports of a project
         * @description Every reported month, oldest first, with running totals (completed investment and disbursement up to and including the month), and the totals over all months against the planned investment.
         */
        get: operations["Progress_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/progress/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Report (or correct) one month’s progress
         * @description Creates the month (201) or replaces it whole (200); repeating the same figures changes nothing. `completedInvestmentWan` and `disbursedWan` are that month’s amounts, not totals to date. The period must not be after the current month in the plan’s time zone. If-Match is optional: when sent, it must be the month’s current ETag. Completed investment above the planned investment is accepted and flagged with `exceedsPlannedInvestment`. Admins, and managers for the projects of their own institutions.
         */
        put: operations["Progress_report"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/funding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Funding lines of a project
         * @description Where the money comes from (中央预算内投资, 专项债券, 财政资金, 自筹, 社会资本), the exact total, and whether it balances the planned investment. The ETag is the project’s version, for If-Match on PUT.
         */
        get: operations["Funding_get"];
        /**
         * Replace the funding lines of a project
         * @description Replaces the whole set (at most 50 lines; an empty list clears it) in one transaction. A funding change is a change of the project: its `version` goes up by one. If-Match is required and refers to the project’s version (the ETag of GET /projects/{id} or GET /projects/{id}/funding): 428 without it, 412 when stale. Admins and finance.
         */
        put: operations["Funding_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List milestones across the portfolio
         * @description Filters combine with AND; `dueBefore`/`dueAfter` bound the planned date (exclusive). `status` is derived: `done` with an actual date, `overdue` once the planned date is past in the plan’s time zone, else `pending`. Sort: `plannedDate`, `actualDate`, `updatedAt` (default `plannedDate`; prefix `-` to reverse); keyset pages via `cursor`.
         */
        get: operations["Milestones_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the milestones of a project
         * @description `status` is derived: `done` with an actual date, `overdue` once the planned date is past in the plan’s time zone, else `pending`. Sort: `plannedDate`, `actualDate`, `updatedAt` (default `plannedDate`; prefix `-` to reverse); keyset pages via `cursor`.
         */
        get: operations["Milestones_listForProject"];
        put?: never;
        /**
         * Add a milestone to a project
         * @description Admins, and managers for the projects of their own institutions. `actualDate` must not be in the future.
         */
        post: operations["Milestones_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/milestones/standard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add the standard milestones of the project’s build type
         * @description Creates the standard milestones of the project’s build type — `new`: approval (立项) → feasibility (可研批复) → design (初步设计批复) → permit (施工许可) → groundbreaking (开工) → topping_out (主体封顶) → completion (竣工验收) → in_service (投入使用); `expansion`: approval (立项) → feasibility (可研批复) → design (初步设计批复) → permit (施工许可) → groundbreaking (开工) → topping_out (主体封顶) → completion (竣工验收) → in_service (投入使用); `relocation`: approval (立项) → feasibility (可研批复) → design (初步设计批复) → permit (施工许可) → groundbreaking (开工) → topping_out (主体封顶) → completion (竣工验收) → in_service (投入使用); `renovation`: approval (立项) → design (初步设计批复) → permit (施工许可) → groundbreaking (开工) → completion (竣工验收) → in_service (投入使用); `other`: approval (立项) → groundbreaking (开工) → completion (竣工验收) → in_service (投入使用). Planned dates are spread evenly from 1 March of the project’s start year to 31 December of its end year (the plan’s period stands in for a missing year), first on the first day, last on the last; adjust them afterwards with PATCH. Refused with 409 when the project already has a milestone of any of these kinds (custom ones do not count), so it never duplicates. All are created in one transaction, each audited with a `milestone.created` event. Admins, and managers for the projects of their own institutions.
         */
        post: operations["Milestones_createStandard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/milestones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a milestone
         * @description The ETag header carries its version for If-Match. `status` is derived: `done` with an actual date, `overdue` once the planned date is past in the plan’s time zone, else `pending`.
         */
        get: operations["Milestones_get"];
        put?: never;
        post?: never;
        /**
         * Delete a milestone
         * @description With If-Match. Admins, and managers for the projects of their own institutions.
         */
        delete: operations["Milestones_remove"];
        options?: never;
        head?: never;
        /**
         * Change a milestone
         * @description Send only the fields to change, with If-Match. Record completion by setting `actualDate`; null reopens it. Admins, and managers for the projects of their own institutions.
         */
        patch: operations["Milestones_update"];
        trace?: never;
    };
    "/api/v1/finance/totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Investment totals by a grouping
         * @description Planned, completed and disbursed investment, land, floor area and beds, grouped. Filters as /projects. Filters that select whole plans (planId, regionCode) read the rollups the worker keeps current (within seconds of a write; `asOf` says as of when); finer filters compute from the projects now. `total` is the exact sum of `rows`. For groupBy=fundingSource the rows are funding lines: `investmentWan` is the amount from each source.
         */
        get: operations["Finance_totals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/totals.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Investment totals as CSV
         * @description The same query as /finance/totals, with Chinese headers and a total row.
         */
        get: operations["Finance_totalsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/totals.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Investment totals as an Excel workbook
         * @description The same query as /finance/totals; opens in Excel and LibreOffice.
         */
        get: operations["Finance_totalsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/pace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Completed investment against an even pace through the year (序时进度)
         * @description Each active project’s investment is spread evenly over its build years (the plan’s period when the plan gives none); by today it should have completed the elapsed share of this year’s part. Lists the projects behind pace, largest gap first, and gives the pace and the completed investment month by month. Filters as /projects.
         */
        get: operations["Finance_pace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Declared (合计) against computed totals, per program
         * @description For every 专栏 whose plan declares a total: the declared land and investment, the exact sum of its projects, the difference and whether they agree.
         */
        get: operations["Finance_reconciliation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook subscriptions (admin)
         * @description Sort: `createdAt`, `url`.
         */
        get: operations["Webhooks_list"];
        put?: never;
        /**
         * Subscribe to events (admin)
         * @description Each delivery is a POST of `{ id, type, occurredAt, data }` with `X-Signature: sha256=<hex HMAC-SHA256 of the raw body with the secret>`, `X-Event-Id` and `X-Timestamp`; a 2xx answer within 5 s acknowledges it, anything else is retried with exponential backoff and jitter, then dead-lettered. Delivery is at least once: deduplicate on X-Event-Id. Deliveries are concurrent and may arrive out of order: order events by occurredAt. Receivers on private or loopback addresses are refused unless the deployment allows them.
         */
        post: operations["Webhooks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook subscription (admin)
         * @description The secret is never returned.
         */
        get: operations["Webhooks_get"];
        put?: never;
        post?: never;
        /** Delete a webhook subscription (admin) */
        delete: operations["Webhooks_remove"];
        options?: never;
        head?: never;
        /**
         * Change a webhook subscription (admin)
         * @description url, events, secret (write-only), active.
         */
        patch: operations["Webhooks_update"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deliveries of a subscription, with every attempt (admin)
         * @description Newest first. Sort: `createdAt`.
         */
        get: operations["Webhooks_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My milestone reminders
         * @description Newest first. Sort: `createdAt`, `dueDate`.
         */
        get: operations["Notifications_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/ack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge a reminder
         * @description Idempotent; per caller.
         */
        post: operations["Notifications_ack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a plan document or a project list (admin)
         * @description All or nothing, in one transaction, and idempotent: importing the same file twice changes nothing; a newer version updates its projects in place. Files up to 5242880 bytes. Errors name the line or cell.
         */
        post: operations["Imports_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the audit log
         * @description Who changed what, when, from what to what: newest first, keyset pages via `cursor`. Admins read every entry; finance reads the entries of `project`, `progress_report`, `funding` (403 when asking for another entityType); other roles may not read the log.
         */
        get: operations["Audit_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        HealthResponse: {
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok" | "degraded";
            /**
             * @example ok
             * @enum {string}
             */
            db: "ok" | "down";
            /**
             * @example ok
             * @enum {string}
             */
            queue: "ok" | "down";
            /**
             * @example redis
             * @enum {string}
             */
            queueBackend: "redis" | "postgres";
        };
        KeyView: {
            /** Format: uuid */
            id: string;
            /** @example ops */
            name: string;
            /** @enum {string} */
            role: "admin" | "finance" | "manager" | "viewer";
            /**
             * @description The public part of the key, to recognise it
             * @example D5BdSVMr6WjK
             */
            prefix: string;
            institutionIds: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
        };
        KeyList: {
            items: components["schemas"]["KeyView"][];
        };
        CreateKeyDto: {
            /** @example ops */
            name: string;
            /** @enum {string} */
            role: "admin" | "finance" | "manager" | "viewer";
            /** @description Required for managers */
            institutionIds?: string[];
        };
        CreatedKeyView: {
            /** Format: uuid */
            id: string;
            /** @example ops */
            name: string;
            /** @enum {string} */
            role: "admin" | "finance" | "manager" | "viewer";
            /**
             * @description The public part of the key, to recognise it
             * @example D5BdSVMr6WjK
             */
            prefix: string;
            institutionIds: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** @description The key itself: shown once, never again */
            key: string;
        };
        InstitutionRef: {
            /** Format: uuid */
            id: string;
            /** @example 德阳市罗江区人民医院 */
            name: string;
        };
        MeView: {
            /**
             * Format: uuid
             * @description The API key the request was made with
             */
            keyId: string;
            /**
             * @description The name the key was created with
             * @example ops
             */
            name: string;
            /** @enum {string} */
            role: "admin" | "finance" | "manager" | "viewer";
            /** @description For a manager, the institutions whose projects it may change (by name order); empty for other roles */
            institutions: components["schemas"]["InstitutionRef"][];
        };
        JobStarted: {
            /** @example rollups */
            name: string;
            /** @example 42 */
            jobId: string;
        };
        SourceView: {
            /** @example 003_4027c28a8168d5a8.txt */
            file: string | null;
            /** @example 466 */
            line: number | null;
        };
        PlanView: {
            /** Format: uuid */
            id: string;
            /** @example 510604-2021-2025 */
            code: string;
            /** @example 德阳市罗江区“十四五”卫生健康事业发展规划 */
            title: string;
            /** @example 510604 */
            regionCode: string;
            /** @example 罗江区 */
            regionName: string;
            /** @example 2021 */
            periodStart: number;
            /** @example 2025 */
            periodEnd: number;
            /** @example null */
            documentNumber: string | null;
            /**
             * Format: date
             * @example null
             */
            issuedOn: string | null;
            /** @example Asia/Shanghai */
            timeZone: string;
            source: components["schemas"]["SourceView"];
            /** @example 1 */
            version: number;
        };
        PlanPage: {
            items: components["schemas"]["PlanView"][];
            nextCursor: string | null;
        };
        LandAndInvestment: {
            /**
             * @description 亩
             * @example 131.2
             */
            landMu: number | null;
            /**
             * @description 万元
             * @example 90444
             */
            investmentWan: number | null;
        };
        ProgramView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            /**
             * @description The 专栏 number in the plan
             * @example 2
             */
            number: number;
            /** @example 县级医疗机构强水平建设项目 */
            title: string;
            /** @enum {string} */
            kind: "projects" | "beds" | "indicators" | "list";
            /** @description The 合计 row of the plan, if any */
            declared: components["schemas"]["LandAndInvestment"] | null;
            /** @description The exact sum of the program’s projects */
            computed: components["schemas"]["LandAndInvestment"];
            /** @description null when the plan declares no total */
            reconciled: boolean | null;
            /** @example 3 */
            projectCount: number;
            source: components["schemas"]["SourceView"];
        };
        ProgramList: {
            items: components["schemas"]["ProgramView"][];
        };
        RegionView: {
            /**
             * @description Division code (行政区划代码)
             * @example 510600
             */
            code: string;
            /** @example 德阳市 */
            name: string;
            /** @enum {string} */
            level: "province" | "city" | "district" | "county";
            /** @example 510000 */
            parentCode: string | null;
            /**
             * @description Plans in this region and the regions under it; 0 when there are none
             * @example 1
             */
            planCount: number;
        };
        RegionPage: {
            items: components["schemas"]["RegionView"][];
            nextCursor: string | null;
        };
        InstitutionView: {
            /** Format: uuid */
            id: string;
            /** @example 德阳市罗江区人民医院 */
            name: string;
            /** @example 510604 */
            regionCode: string;
            /** @example general_hospital */
            category: string;
            source: components["schemas"]["SourceView"];
            /** @example 1 */
            version: number;
        };
        InstitutionPage: {
            items: components["schemas"]["InstitutionView"][];
            nextCursor: string | null;
        };
        CreateInstitutionDto: {
            /** @example 德阳市罗江区中医医院 */
            name: string;
            /**
             * @description Division code of a region known to the tracker
             * @example 510604
             */
            regionCode: string;
            /**
             * @default other
             * @enum {string}
             */
            category: "general_hospital" | "tcm_hospital" | "maternal_child" | "specialist_hospital" | "township_health_center" | "community_health_center" | "village_clinic" | "cdc" | "public_health" | "elderly_care" | "childcare" | "other";
        };
        BedTargetView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            /** @example 510604 */
            regionCode: string;
            /** Format: uuid */
            institutionId?: string | null;
            /** @example 县级综合医院 */
            subject: string;
            /** @enum {string} */
            subjectKind: "institution" | "category";
            /** @example 2020 */
            baselineYear: number;
            /** @example 2025 */
            targetYear: number;
            /** @example 1 */
            baselineCount: number | null;
            /** @example 1 */
            baselineCountText: string | null;
            /** @example 499 */
            baselineBeds: number | null;
            /** @example 499 */
            baselineBedsText: string | null;
            /** @example 2 */
            targetCount: number | null;
            /** @example 2（含金山镇中心卫生院） */
            targetCountText: string | null;
            /** @example 600 */
            targetBeds: number | null;
            /** @example 600（含金山100张） */
            targetBedsText: string | null;
            source: components["schemas"]["SourceView"];
        };
        BedTargetPage: {
            items: components["schemas"]["BedTargetView"][];
            nextCursor: string | null;
        };
        IndicatorView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            /** @example 510604 */
            regionCode: string;
            /** @example 5 */
            position: number;
            /** @example 医疗卫生服务体系 */
            domain: string | null;
            /** @example 每千人口医疗卫生机构床位数 */
            name: string;
            /** @example 张 */
            unit: string | null;
            /** @example 5.2 */
            baseline: number | null;
            /** @example 5.2 */
            baselineText: string | null;
            /** @example 7.3 */
            target: number | null;
            /** @example 7.3 */
            targetText: string | null;
            /** @enum {string|null} */
            nature: "binding" | "expected" | "guiding" | null;
            source: components["schemas"]["SourceView"];
        };
        IndicatorPage: {
            items: components["schemas"]["IndicatorView"][];
            nextCursor: string | null;
        };
        AddedBedsView: {
            /**
             * @description Projects planned or preparing
             * @example 100
             */
            planned: number;
            /**
             * @description Projects under construction
             * @example 0
             */
            underConstruction: number;
            /**
             * @description Projects completed or in service
             * @example 0
             */
            inService: number;
            /**
             * @description All three; suspended and cancelled projects add nothing
             * @example 100
             */
            total: number;
        };
        CapacityTotalsView: {
            /** @example 1094 */
            baselineBeds: number | null;
            /** @example 1500 */
            targetBeds: number | null;
            /**
             * @example {
             *       "planned": 690,
             *       "underConstruction": 0,
             *       "inService": 0,
             *       "total": 690
             *     }
             */
            addedBeds: components["schemas"]["AddedBedsView"];
            /** @example 1784 */
            projectedBeds: number | null;
            /** @example true */
            reachesTarget: boolean | null;
            /**
             * @description Where baseline and target come from: the table’s 合计 row, the sum of its rows, or no bed table
             * @example subjects
             * @enum {string}
             */
            basis: "total_row" | "subjects" | "none";
        };
        BedsPerThousandView: {
            /**
             * @description The plan’s indicator, as printed
             * @example 每千常住人口医疗卫生机构床位数
             */
            indicator: string;
            /** @example 张 */
            unit: string | null;
            /** @example 4.7 */
            baseline: number | null;
            /** @example 4.7(1094张） */
            baselineText: string | null;
            /** @example 6.5 */
            target: number | null;
            /** @example 6.5（民营不设上限） */
            targetText: string | null;
            /**
             * @description `baseline` × `totals.projectedBeds` / `totals.baselineBeds`, rounded to 2 decimals; null when a term is missing
             * @example 7.66
             */
            projected: number | null;
            /**
             * @description `projected` ≥ `target`; null when either is null
             * @example true
             */
            reachesTarget: boolean | null;
            source: components["schemas"]["SourceView"];
        };
        BedSubjectView: {
            /**
             * @description The row of the bed table, as printed
             * @example 县级综合医院
             */
            subject: string;
            /** @enum {string} */
            subjectKind: "institution" | "category";
            /** @example 499 */
            baselineBeds: number | null;
            /** @example 499 */
            baselineBedsText: string | null;
            /** @example 600 */
            targetBeds: number | null;
            /** @example 600（含金山100张） */
            targetBedsText: string | null;
            source: components["schemas"]["SourceView"];
        };
        CategoryCapacityView: {
            /**
             * @example general_hospital
             * @enum {string}
             */
            category: "general_hospital" | "tcm_hospital" | "maternal_child" | "specialist_hospital" | "township_health_center" | "community_health_center" | "village_clinic" | "cdc" | "public_health" | "elderly_care" | "childcare" | "other";
            /**
             * @description Beds in the baseline year; null when the plan states none
             * @example 499
             */
            baselineBeds: number | null;
            /**
             * @description Beds the plan sets for the target year; null when absent or 不设上限 (see `subjects` for the texts)
             * @example 700
             */
            targetBeds: number | null;
            addedBeds: components["schemas"]["AddedBedsView"];
            /**
             * @description `baselineBeds` + `addedBeds.total`; null without a baseline
             * @example 599
             */
            projectedBeds: number | null;
            /**
             * @description `projectedBeds` ≥ `targetBeds`; null when either is null
             * @example false
             */
            reachesTarget: boolean | null;
            /** @description The rows of the bed table counted in this category, verbatim */
            subjects: components["schemas"]["BedSubjectView"][];
        };
        PlanCapacityView: {
            /** Format: uuid */
            planId: string;
            /** @example 510604-2021-2025 */
            planCode: string;
            /** @example 510604 */
            regionCode: string;
            /** @example 德阳市罗江区 */
            regionName: string;
            /** @description The whole plan, including projects of no institution */
            totals: components["schemas"]["CapacityTotalsView"];
            /** @description null when the plan has no such indicator */
            bedsPerThousand: components["schemas"]["BedsPerThousandView"] | null;
            categories: components["schemas"]["CategoryCapacityView"][];
        };
        PlanCapacityList: {
            items: components["schemas"]["PlanCapacityView"][];
        };
        ProjectSourceView: {
            /** @example 003_4027c28a8168d5a8.txt */
            file: string | null;
            /** @example 494 */
            line: number | null;
        };
        ProjectView: {
            /** Format: uuid */
            id: string;
            /** @example 510604-2021-2025-Z2-6f1c2a9b */
            code: string;
            /** Format: uuid */
            planId: string;
            /** Format: uuid */
            programId: string | null;
            /** Format: uuid */
            institutionId: string | null;
            /** @example 510604 */
            regionCode: string;
            /** @example 传染病区建设项目 */
            name: string;
            /** @example 新建县级传染病区急诊部、门诊部、医技部、病房及配套设施 */
            content: string | null;
            /**
             * @example new
             * @enum {string}
             */
            buildType: "new" | "expansion" | "renovation" | "relocation" | "other";
            /**
             * @example planned
             * @enum {string}
             */
            status: "planned" | "preparing" | "under_construction" | "completed" | "in_service" | "suspended" | "cancelled";
            /**
             * @description 亩
             * @example 20
             */
            landMu: number | null;
            /**
             * @description 万元
             * @example 12000
             */
            investmentWan: number | null;
            /**
             * @description m²
             * @example null
             */
            floorAreaM2: number | null;
            /** @example null */
            newBuildAreaM2: number | null;
            /** @example null */
            renovationAreaM2: number | null;
            /** @example null */
            beds: number | null;
            /** @example 2021 */
            startYear: number | null;
            /** @example 2025 */
            endYear: number | null;
            remark: string | null;
            source: components["schemas"]["ProjectSourceView"];
            /** @example 1 */
            version: number;
        };
        ProjectPage: {
            items: components["schemas"]["ProjectView"][];
            nextCursor: string | null;
        };
        CreateProjectDto: {
            /**
             * Format: uuid
             * @description A 专栏 program of the same plan
             */
            programId?: string | null;
            /**
             * Format: uuid
             * @description The institution the project builds for
             */
            institutionId: string;
            /** @example 传染病区建设项目 */
            name: string;
            /** @example 新建县级传染病区急诊部、门诊部、医技部、病房及配套设施 */
            content?: string | null;
            /**
             * @default other
             * @enum {string}
             */
            buildType: "new" | "expansion" | "renovation" | "relocation" | "other";
            /**
             * @default planned
             * @enum {string}
             */
            status: "planned" | "preparing" | "under_construction" | "completed" | "in_service" | "suspended" | "cancelled";
            /**
             * @description 亩, up to 4 decimals
             * @example 20
             */
            landMu?: number | null;
            /**
             * @description 万元, up to 2 decimals
             * @example 12000
             */
            investmentWan?: number | null;
            /**
             * @description m², up to 2 decimals
             * @example 19295.23
             */
            floorAreaM2?: number | null;
            /** @example 12000 */
            newBuildAreaM2?: number | null;
            /** @example 3000 */
            renovationAreaM2?: number | null;
            /** @example 100 */
            beds?: number | null;
            /** @example 2021 */
            startYear?: number | null;
            /** @example 2025 */
            endYear?: number | null;
            remark?: string | null;
            /**
             * Format: uuid
             * @description The plan the project belongs to
             */
            planId: string;
            /**
             * @description Stable code; generated when omitted
             * @example 510604-2021-2025-X-01
             */
            code?: string;
        };
        UpdateProjectDto: {
            /**
             * Format: uuid
             * @description A 专栏 program of the same plan
             */
            programId?: string | null;
            /**
             * Format: uuid
             * @description The institution the project builds for
             */
            institutionId?: string;
            /** @example 传染病区建设项目 */
            name?: string;
            /** @example 新建县级传染病区急诊部、门诊部、医技部、病房及配套设施 */
            content?: string | null;
            /**
             * @default other
             * @enum {string}
             */
            buildType: "new" | "expansion" | "renovation" | "relocation" | "other";
            /**
             * @default planned
             * @enum {string}
             */
            status: "planned" | "preparing" | "under_construction" | "completed" | "in_service" | "suspended" | "cancelled";
            /**
             * @description 亩, up to 4 decimals
             * @example 20
             */
            landMu?: number | null;
            /**
             * @description 万元, up to 2 decimals
             * @example 12000
             */
            investmentWan?: number | null;
            /**
             * @description m², up to 2 decimals
             * @example 19295.23
             */
            floorAreaM2?: number | null;
            /** @example 12000 */
            newBuildAreaM2?: number | null;
            /** @example 3000 */
            renovationAreaM2?: number | null;
            /** @example 100 */
            beds?: number | null;
            /** @example 2021 */
            startYear?: number | null;
            /** @example 2025 */
            endYear?: number | null;
            remark?: string | null;
        };
        ProgressMonthView: {
            /**
             * @description YYYY-MM
             * @example 2022-06
             */
            period: string;
            /**
             * @description 万元 completed during the month
             * @example 850.5
             */
            completedInvestmentWan: number;
            /**
             * @description 万元 disbursed during the month
             * @example 600
             */
            disbursedWan: number;
            /**
             * @description 形象进度, %
             * @example 35
             */
            physicalProgressPct: number | null;
            /** @example 主体结构施工至三层 */
            note: string | null;
            /** @example 1 */
            version: number;
            /**
             * @description 万元 completed up to and including this month
             * @example 4350.5
             */
            cumulativeCompletedInvestmentWan: number;
            /**
             * @description 万元 disbursed up to and including this month
             * @example 3600
             */
            cumulativeDisbursedWan: number;
        };
        ProgressView: {
            /** Format: uuid */
            projectId: string;
            /** @description Ordered by period */
            items: components["schemas"]["ProgressMonthView"][];
            /**
             * @description The project’s investmentWan
             * @example 12000
             */
            plannedInvestmentWan: number | null;
            /**
             * @description 万元 completed over all reported months
             * @example 4350.5
             */
            cumulativeCompletedInvestmentWan: number;
            /**
             * @description 万元 disbursed over all reported months
             * @example 3600
             */
            cumulativeDisbursedWan: number;
            /**
             * @description Completed investment over all reported months is above the planned investment (accepted, but flagged)
             * @example false
             */
            exceedsPlannedInvestment: boolean;
        };
        ReportProgressDto: {
            /**
             * @description 万元 completed during that month (not to date), up to 2 decimals
             * @example 850.5
             */
            completedInvestmentWan: number;
            /**
             * @description 万元 disbursed during that month, up to 2 decimals
             * @example 600
             */
            disbursedWan: number;
            /**
             * @description 形象进度, % at the end of the month
             * @example 35
             */
            physicalProgressPct?: number | null;
            /** @example 主体结构施工至三层 */
            note?: string | null;
        };
        ReportedMonthView: {
            /**
             * @description YYYY-MM
             * @example 2022-06
             */
            period: string;
            /**
             * @description 万元 completed during the month
             * @example 850.5
             */
            completedInvestmentWan: number;
            /**
             * @description 万元 disbursed during the month
             * @example 600
             */
            disbursedWan: number;
            /**
             * @description 形象进度, %
             * @example 35
             */
            physicalProgressPct: number | null;
            /** @example 主体结构施工至三层 */
            note: string | null;
            /** @example 1 */
            version: number;
            /**
             * @description 万元 completed up to and including this month
             * @example 4350.5
             */
            cumulativeCompletedInvestmentWan: number;
            /**
             * @description 万元 disbursed up to and including this month
             * @example 3600
             */
            cumulativeDisbursedWan: number;
            /** Format: uuid */
            projectId: string;
            /**
             * @description The project’s investmentWan
             * @example 12000
             */
            plannedInvestmentWan: number | null;
            /**
             * @description Completed investment over all reported months is above the planned investment (accepted, but flagged)
             * @example false
             */
            exceedsPlannedInvestment: boolean;
        };
        FundingLineView: {
            /**
             * @example central_budget
             * @enum {string}
             */
            source: "central_budget" | "special_bonds" | "fiscal" | "self_raised" | "private_capital" | "other";
            /**
             * @description 万元
             * @example 6000
             */
            amountWan: number;
            /**
             * @example secured
             * @enum {string}
             */
            status: "planned" | "secured" | "received";
            /** @example 中央预算内投资（2022年） */
            note: string | null;
        };
        FundingView: {
            /** Format: uuid */
            projectId: string;
            /** @description Ordered by source, then status, then amount (largest first) */
            items: components["schemas"]["FundingLineView"][];
            /**
             * @description 万元, the sum of the lines
             * @example 12000
             */
            totalWan: number;
            /**
             * @description The project’s planned investment, 万元
             * @example 12000
             */
            investmentWan: number | null;
            /**
             * @description totalWan equals investmentWan; null without an investment figure
             * @example true
             */
            balanced: boolean | null;
            /**
             * @description totalWan − investmentWan; null without an investment figure
             * @example 0
             */
            differenceWan: number | null;
            /**
             * @description The project’s version, which a funding change bumps (its ETag)
             * @example 3
             */
            version: number;
        };
        FundingLineDto: {
            /**
             * @description special_bonds = 地方政府专项债券
             * @example special_bonds
             * @enum {string}
             */
            source: "central_budget" | "special_bonds" | "fiscal" | "self_raised" | "private_capital" | "other";
            /**
             * @description 万元, up to 2 decimals
             * @example 6000
             */
            amountWan: number;
            /**
             * @default planned
             * @enum {string}
             */
            status: "planned" | "secured" | "received";
            /** @example 2022年第三批专项债券 */
            note?: string | null;
        };
        ReplaceFundingDto: {
            /** @description The whole set: lines not sent are removed */
            items: components["schemas"]["FundingLineDto"][];
        };
        MilestoneView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            /**
             * Format: uuid
             * @description The plan of the project
             */
            planId: string;
            /**
             * Format: uuid
             * @description The institution of the project
             */
            institutionId: string | null;
            /**
             * @description The region of the project
             * @example 510604
             */
            regionCode: string;
            /**
             * @example groundbreaking
             * @enum {string}
             */
            kind: "approval" | "feasibility" | "design" | "permit" | "groundbreaking" | "topping_out" | "completion" | "in_service" | "custom";
            /** @example 传染病区建设项目开工 */
            name: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            plannedDate: string;
            /**
             * Format: date
             * @example 2022-04-06
             */
            actualDate: string | null;
            /**
             * @description Derived, never stored: done with an actual date, else overdue once the planned date is past in the plan’s time zone, else pending
             * @example done
             * @enum {string}
             */
            status: "pending" | "done" | "overdue";
            /** @example 施工许可证已核发 */
            note: string | null;
            /** @example 2 */
            version: number;
            /** Format: date-time */
            updatedAt: string;
        };
        MilestonePage: {
            items: components["schemas"]["MilestoneView"][];
            nextCursor: string | null;
        };
        CreateMilestoneDto: {
            /**
             * @description 开工 = groundbreaking
             * @example groundbreaking
             * @enum {string}
             */
            kind: "approval" | "feasibility" | "design" | "permit" | "groundbreaking" | "topping_out" | "completion" | "in_service" | "custom";
            /** @example 传染病区建设项目开工 */
            name: string;
            /**
             * Format: date
             * @example 2022-03-15
             */
            plannedDate: string;
            /**
             * Format: date
             * @description When it happened; not in the future (in the plan’s time zone)
             * @example null
             */
            actualDate?: string | null;
            /** @example 待施工许可证核发 */
            note?: string | null;
        };
        MilestoneList: {
            items: components["schemas"]["MilestoneView"][];
        };
        UpdateMilestoneDto: {
            /** @enum {string} */
            kind?: "approval" | "feasibility" | "design" | "permit" | "groundbreaking" | "topping_out" | "completion" | "in_service" | "custom";
            /** @example 传染病区建设项目开工 */
            name?: string;
            /**
             * Format: date
             * @example 2022-04-01
             */
            plannedDate?: string;
            /**
             * Format: date
             * @description null reopens it
             * @example 2022-04-06
             */
            actualDate?: string | null;
            note?: string | null;
        };
        TotalsRow: {
            /** @example 6 */
            projectCount: number;
            /**
             * @description 亩
             * @example 131.2
             */
            landMu: number;
            /**
             * @description 万元; for groupBy=fundingSource, the amount from that source
             * @example 90444
             */
            investmentWan: number;
            /**
             * @description m²
             * @example 19295.23
             */
            floorAreaM2: number;
            /** @example 400 */
            beds: number;
            /**
             * @description 万元 completed to date, from the monthly progress reports
             * @example 1520.5
             */
            completedInvestmentWan: number;
            /**
             * @description 万元 disbursed to date
             * @example 1200
             */
            disbursedWan: number;
            /**
             * @description The group’s id or code; empty for “none”
             * @example 1b6f…
             */
            key: string;
            /** @example 专栏2 县级医疗机构强水平建设项目 */
            label: string;
        };
        TotalsFigures: {
            /** @example 6 */
            projectCount: number;
            /**
             * @description 亩
             * @example 131.2
             */
            landMu: number;
            /**
             * @description 万元; for groupBy=fundingSource, the amount from that source
             * @example 90444
             */
            investmentWan: number;
            /**
             * @description m²
             * @example 19295.23
             */
            floorAreaM2: number;
            /** @example 400 */
            beds: number;
            /**
             * @description 万元 completed to date, from the monthly progress reports
             * @example 1520.5
             */
            completedInvestmentWan: number;
            /**
             * @description 万元 disbursed to date
             * @example 1200
             */
            disbursedWan: number;
        };
        TotalsView: {
            /**
             * Format: date-time
             * @description The moment the figures describe
             */
            asOf: string;
            /** @enum {string} */
            groupBy: "plan" | "program" | "institution" | "region" | "status" | "buildType" | "fundingSource" | "startYear";
            /**
             * @description Precomputed rollups, or computed now for filters rollups do not cover
             * @enum {string}
             */
            source: "rollup" | "live";
            rows: components["schemas"]["TotalsRow"][];
            /** @description The exact sum of the rows */
            total: components["schemas"]["TotalsFigures"];
        };
        BehindPaceProject: {
            /** Format: uuid */
            projectId: string;
            /** @example 传染病区建设项目 */
            name: string;
            /** @example 德阳市罗江区人民医院 */
            institutionName: string | null;
            /**
             * @description 万元 planned for the year: investment spread evenly over the build years
             * @example 2400
             */
            annualPlanWan: number;
            /**
             * @description 万元 due by today at an even pace (序时进度)
             * @example 1800
             */
            expectedToDateWan: number;
            /**
             * @description 万元 completed this year
             * @example 900
             */
            completedWan: number;
            /**
             * @description expected − completed
             * @example 900
             */
            gapWan: number;
        };
        PaceMonth: {
            /** @example 2025-03 */
            month: string;
            /**
             * @description 万元 due by the end of the month at an even pace, cumulative from January
             * @example 6000
             */
            expectedCumulativeWan: number;
            /**
             * @description 万元 completed that month; null for a month not yet begun
             * @example 5200
             */
            completedWan: number | null;
            /**
             * @description 万元 completed from January to the end of the month; null for a month not yet begun
             * @example 5200
             */
            completedCumulativeWan: number | null;
        };
        PaceView: {
            /** @example 2025 */
            year: number;
            /**
             * Format: date
             * @example 2025-10-01
             */
            asOfDate: string;
            /**
             * @description Share of the year elapsed
             * @example 0.75
             */
            elapsedShare: number;
            /** @example 24000 */
            annualPlanWan: number;
            /** @example 18000 */
            expectedToDateWan: number;
            /** @example 15200.5 */
            completedWan: number;
            /**
             * @description completed ÷ expected; null when nothing is due yet
             * @example 0.84
             */
            paceRatio: number | null;
            /** @example 3 */
            behindCount: number;
            /** @description The projects behind pace, largest gap first (at most 100) */
            behind: components["schemas"]["BehindPaceProject"][];
            /** @description January to December: the even pace and the completed investment, month by month, of the same projects. The pace at the end of a month is the year’s plan × the share of the year elapsed, rounded once to 0.01 万元; December’s equals annualPlanWan. */
            months: components["schemas"]["PaceMonth"][];
        };
        Amounts: {
            /** @example 131.2 */
            landMu: number | null;
            /** @example 90444 */
            investmentWan: number | null;
        };
        ReconciliationRow: {
            /** Format: uuid */
            programId: string;
            /** Format: uuid */
            planId: string;
            /** @example 510604-2021-2025 */
            planCode: string;
            /** @example 2 */
            number: number;
            /** @example 县级医疗机构强水平建设项目 */
            title: string;
            /** @example 6 */
            projectCount: number;
            /** @description The 合计 row of the plan */
            declared: components["schemas"]["Amounts"];
            /** @description The exact sum of the program’s projects */
            computed: components["schemas"]["Amounts"];
            /** @description computed − declared */
            difference: components["schemas"]["Amounts"];
            /** @example true */
            reconciled: boolean;
        };
        ReconciliationView: {
            items: components["schemas"]["ReconciliationRow"][];
            /**
             * @description Every program with a declared total reconciles
             * @example true
             */
            allReconciled: boolean;
        };
        WebhookView: {
            /** Format: uuid */
            id: string;
            /** @example https://integrator.example.com/hooks/tracker */
            url: string;
            events: ("milestone.due_soon" | "milestone.overdue" | "milestone.escalated" | "milestone.created" | "milestone.updated" | "milestone.deleted" | "project.created" | "project.updated" | "progress.reported" | "funding.updated" | "rollup.completed")[];
            /** @example true */
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** @example 1 */
            version: number;
        };
        WebhookList: {
            items: components["schemas"]["WebhookView"][];
            nextCursor: string | null;
        };
        CreateWebhookDto: {
            /** @example https://integrator.example.com/hooks/tracker */
            url: string;
            /**
             * @example [
             *       "milestone.overdue",
             *       "progress.reported"
             *     ]
             */
            events: ("milestone.due_soon" | "milestone.overdue" | "milestone.escalated" | "milestone.created" | "milestone.updated" | "milestone.deleted" | "project.created" | "project.updated" | "progress.reported" | "funding.updated" | "rollup.completed")[];
            /** @description Signing secret; generated and returned once when omitted */
            secret?: string;
            /** @default true */
            active: boolean;
        };
        CreatedWebhookView: {
            /** Format: uuid */
            id: string;
            /** @example https://integrator.example.com/hooks/tracker */
            url: string;
            events: ("milestone.due_soon" | "milestone.overdue" | "milestone.escalated" | "milestone.created" | "milestone.updated" | "milestone.deleted" | "project.created" | "project.updated" | "progress.reported" | "funding.updated" | "rollup.completed")[];
            /** @example true */
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** @example 1 */
            version: number;
            /** @description The generated signing secret, shown once (null when you chose it) */
            secret: string | null;
        };
        UpdateWebhookDto: {
            /** @example https://integrator.example.com/hooks/tracker */
            url?: string;
            /**
             * @example [
             *       "milestone.overdue",
             *       "progress.reported"
             *     ]
             */
            events?: ("milestone.due_soon" | "milestone.overdue" | "milestone.escalated" | "milestone.created" | "milestone.updated" | "milestone.deleted" | "project.created" | "project.updated" | "progress.reported" | "funding.updated" | "rollup.completed")[];
            /** @description Signing secret; generated and returned once when omitted */
            secret?: string;
            /** @default true */
            active: boolean;
        };
        DeliveryAttemptView: {
            /** Format: date-time */
            attemptedAt: string;
            /** @example 500 */
            statusCode: number | null;
            /** @example no answer within 5000 ms */
            error: string | null;
            /** @example 37 */
            durationMs: number;
        };
        DeliveryView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            eventId: string;
            /** @enum {string} */
            eventType: "milestone.due_soon" | "milestone.overdue" | "milestone.escalated" | "milestone.created" | "milestone.updated" | "milestone.deleted" | "project.created" | "project.updated" | "progress.reported" | "funding.updated" | "rollup.completed";
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed" | "dead";
            /** @example 1 */
            attempts: number;
            /** @example 200 */
            lastStatusCode: number | null;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            attemptLog: components["schemas"]["DeliveryAttemptView"][];
        };
        DeliveryPage: {
            items: components["schemas"]["DeliveryView"][];
            nextCursor: string | null;
        };
        NotificationView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "due_soon" | "overdue" | "escalated";
            /** Format: uuid */
            milestoneId: string;
            /** Format: uuid */
            projectId: string;
            /** Format: uuid */
            institutionId: string | null;
            /** @example 里程碑「开工」将于2025-03-01到期（还有7天） */
            title: string;
            /**
             * Format: date
             * @example 2025-03-01
             */
            dueDate: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Acknowledged by the caller */
            acked: boolean;
        };
        NotificationPage: {
            items: components["schemas"]["NotificationView"][];
            nextCursor: string | null;
        };
        ImportPlanView: {
            /** @example 510604-2021-2025 */
            code: string;
            /** @example 德阳市罗江区“十四五”卫生健康事业发展规划 */
            title: string;
            /** @enum {string} */
            action: "create" | "update" | "unchanged";
        };
        ImportCounts: {
            programs: number;
            institutionsCreated: number;
            projectsCreated: number;
            projectsUpdated: number;
            projectsUnchanged: number;
            bedTargets: number;
            indicators: number;
        };
        MissingProjectView: {
            code: string;
            name: string;
        };
        ImportedProjectView: {
            /** @enum {string} */
            action: "create" | "update" | "unchanged";
            /** @example 510604-2021-2025-Z2-6f1c2a9b */
            code: string;
            /** @example 传染病区建设项目 */
            name: string;
            /** @example 2 */
            programNumber: number | null;
            /** @example 德阳市罗江区人民医院 */
            institutionName: string | null;
            /** @example new */
            buildType: string;
            /** @example 20 */
            landMu: number | null;
            /** @example 12000 */
            investmentWan: number | null;
            /** @example null */
            floorAreaM2: number | null;
            /** @example null */
            newBuildAreaM2: number | null;
            /** @example null */
            renovationAreaM2: number | null;
            /** @example null */
            beds: number | null;
            /** @example 2021 */
            startYear: number | null;
            /** @example 2025 */
            endYear: number | null;
            /**
             * @example {
             *       "file": "003_4027c28a8168d5a8.txt",
             *       "line": 494
             *     }
             */
            source: Record<string, never>;
        };
        WarningView: {
            /** @example 512 */
            line: number;
            /** @example row has no 项目名称; skipped */
            message: string;
        };
        ImportReportView: {
            /** @example 003_4027c28a8168d5a8.txt */
            file: string;
            dryRun: boolean;
            plan: components["schemas"]["ImportPlanView"];
            counts: components["schemas"]["ImportCounts"];
            /** @description Projects the document no longer lists (kept) */
            projectsNotInDocument: components["schemas"]["MissingProjectView"][];
            projects: components["schemas"]["ImportedProjectView"][];
            reconciliation: components["schemas"]["ReconciliationView"][];
            warnings: components["schemas"]["WarningView"][];
            /** @example 42 */
            durationMs: number;
        };
        AuditActorView: {
            /**
             * Format: uuid
             * @description The API key; null for the system (imports, jobs)
             */
            id: string | null;
            /** @example 罗江区卫健局财务 */
            name: string;
        };
        AuditEntryView: {
            /**
             * @description Increasing with time; a string because it is a 64-bit integer
             * @example 1042
             */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["AuditActorView"];
            /**
             * @description create, update, delete, replace, import, revoke
             * @example update
             */
            action: string;
            /**
             * @example project
             * @enum {string}
             */
            entityType: "plan" | "institution" | "project" | "milestone" | "progress_report" | "funding" | "webhook" | "api_key";
            /** @example 6f1c2a9b-4e1d-4f5a-9c3b-2d7e8f901234 */
            entityId: string;
            /**
             * @example {
             *       "status": "planned"
             *     }
             */
            before: {
                [key: string]: unknown;
            } | null;
            /**
             * @example {
             *       "status": "under_construction"
             *     }
             */
            after: {
                [key: string]: unknown;
            } | null;
            /** @description The X-Request-Id of the change, to find it in the logs */
            requestId: string | null;
        };
        AuditPage: {
            items: components["schemas"]["AuditEntryView"][];
            nextCursor: string | null;
        };
        FieldErrorView: {
            /** @example investmentWan */
            field: string;
            /** @example investmentWan must not be less than 0 */
            message: string;
        };
        ProblemView: {
            /** @example https://httpstatuses.io/400 */
            type: string;
            /** @example Bad Request */
            title: string;
            /** @example 400 */
            status: number;
            /** @example The request has invalid fields. */
            detail: string;
            errors?: components["schemas"]["FieldErrorView"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Health_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description PostgreSQL or the queue is unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
        };
    };
    Keys_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyList"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Keys_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedKeyView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Keys_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Me_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Jobs_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: "rollups" | "reminders";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobStarted"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description A dependency is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Plans_listPlans: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor` */
                cursor?: string;
                /** @description A field from the endpoint’s sort whitelist; prefix with `-` for descending */
                sort?: string;
                /** @description A region and the regions under it (a city includes its counties) */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanPage"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Plans_getPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Plans_listPrograms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramList"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Plans_getProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Plans_listRegions: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor` */
                cursor?: string;
                /** @description A field from the endpoint’s sort whitelist; prefix with `-` for descending */
                sort?: string;
                level?: "province" | "city" | "district" | "county";
                /** @description The regions directly under this one */
                parentCode?: string;
                /** @description Substring of the name */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionPage"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Plans_listInstitutions: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor` */
                cursor?: string;
                /** @description A field from the endpoint’s sort whitelist; prefix with `-` for descending */
                sort?: string;
                /** @description A region and the regions under it (a city includes its counties) */
                regionCode?: string;
                category?: string;
                /** @description Substring of the name */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstitutionPage"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Plans_createInstitution: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key returns the first result instead of creating again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInstitutionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstitutionView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Conflicts with existing data, or the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Plans_getInstitution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstitutionView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Plans_listBeds: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor` */
                cursor?: string;
                /** @description A field from the endpoint’s sort whitelist; prefix with `-` for descending */
                sort?: string;
                planId?: string;
                /** @description A region and the regions under it (a city includes its counties) */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BedTargetPage"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Plans_listIndicators: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor` */
                cursor?: string;
                /** @description A field from the endpoint’s sort whitelist; prefix with `-` for descending */
                sort?: string;
                planId?: string;
                /** @description A region and the regions under it (a city includes its counties) */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorPage"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Capacity_bedCapacity: {
        parameters: {
            query?: {
                /** @description Only this plan */
                planId?: string;
                /** @description The plans of a region and of the regions under it (a city includes its counties) */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanCapacityList"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Projects_list: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor` */
                cursor?: string;
                /** @description A field from the endpoint’s sort whitelist; prefix with `-` for descending */
                sort?: string;
                planId?: string;
                programId?: string;
                institutionId?: string;
                /** @description A region and the regions under it (a city includes its counties) */
                regionCode?: string;
                status?: "planned" | "preparing" | "under_construction" | "completed" | "in_service" | "suspended" | "cancelled";
                buildType?: "new" | "expansion" | "renovation" | "relocation" | "other";
                /** @description Substring of the name or the content (Chinese as is) */
                q?: string;
                startYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectPage"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Projects_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key returns the first result instead of creating again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Conflicts with existing data, or the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Projects_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Projects_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Projects_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProjectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Progress_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Progress_report: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the month you read, e.g. "2" */
                "If-Match"?: string;
            };
            path: {
                id: string;
                /** @description The month, YYYY-MM */
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportProgressDto"];
            };
        };
        responses: {
            /** @description The month was replaced (or already had these figures) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportedMonthView"];
                };
            };
            /** @description The month was reported for the first time */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportedMonthView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Funding_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Funding_replace: {
        parameters: {
            query?: never;
            header: {
                /** @description The project’s ETag, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceFundingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Milestones_list: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor` */
                cursor?: string;
                /** @description A field from the endpoint’s sort whitelist; prefix with `-` for descending */
                sort?: string;
                /** @description Derived: done, overdue (planned before today in the plan’s time zone) or pending */
                status?: "pending" | "done" | "overdue";
                /** @description Planned strictly before this date */
                dueBefore?: string;
                /** @description Planned strictly after this date */
                dueAfter?: string;
                projectId?: string;
                institutionId?: string;
                /** @description A region and the regions under it (a city includes its counties) */
                regionCode?: string;
                planId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestonePage"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Milestones_listForProject: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor` */
                cursor?: string;
                /** @description A field from the endpoint’s sort whitelist; prefix with `-` for descending */
                sort?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestonePage"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Milestones_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key returns the first result instead of creating again */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMilestoneDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Conflicts with existing data, or the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Milestones_createStandard: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key returns the first result instead of creating again */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The milestones created, in planned order */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneList"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Conflicts with existing data, or the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Milestones_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Milestones_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Milestones_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMilestoneDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Finance_totals: {
        parameters: {
            query: {
                planId?: string;
                programId?: string;
                institutionId?: string;
                /** @description A region and the regions under it (a city includes its counties) */
                regionCode?: string;
                status?: "planned" | "preparing" | "under_construction" | "completed" | "in_service" | "suspended" | "cancelled";
                buildType?: "new" | "expansion" | "renovation" | "relocation" | "other";
                /** @description Substring of the name or the content (Chinese as is) */
                q?: string;
                startYear?: number;
                groupBy: "plan" | "program" | "institution" | "region" | "status" | "buildType" | "fundingSource" | "startYear";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotalsView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Finance_totalsCsv: {
        parameters: {
            query: {
                planId?: string;
                programId?: string;
                institutionId?: string;
                /** @description A region and the regions under it (a city includes its counties) */
                regionCode?: string;
                status?: "planned" | "preparing" | "under_construction" | "completed" | "in_service" | "suspended" | "cancelled";
                buildType?: "new" | "expansion" | "renovation" | "relocation" | "other";
                /** @description Substring of the name or the content (Chinese as is) */
                q?: string;
                startYear?: number;
                groupBy: "plan" | "program" | "institution" | "region" | "status" | "buildType" | "fundingSource" | "startYear";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV (UTF-8 with BOM) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Finance_totalsXlsx: {
        parameters: {
            query: {
                planId?: string;
                programId?: string;
                institutionId?: string;
                /** @description A region and the regions under it (a city includes its counties) */
                regionCode?: string;
                status?: "planned" | "preparing" | "under_construction" | "completed" | "in_service" | "suspended" | "cancelled";
                buildType?: "new" | "expansion" | "renovation" | "relocation" | "other";
                /** @description Substring of the name or the content (Chinese as is) */
                q?: string;
                startYear?: number;
                groupBy: "plan" | "program" | "institution" | "region" | "status" | "buildType" | "fundingSource" | "startYear";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description xlsx workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Finance_pace: {
        parameters: {
            query?: {
                planId?: string;
                programId?: string;
                institutionId?: string;
                /** @description A region and the regions under it (a city includes its counties) */
                regionCode?: string;
                status?: "planned" | "preparing" | "under_construction" | "completed" | "in_service" | "suspended" | "cancelled";
                buildType?: "new" | "expansion" | "renovation" | "relocation" | "other";
                /** @description Substring of the name or the content (Chinese as is) */
                q?: string;
                startYear?: number;
                /** @description Defaults to the current year (in the plans’ time zone) */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaceView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Finance_reconciliation: {
        parameters: {
            query?: {
                planId?: string;
                /** @description A region and the regions under it (a city includes its counties) */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconciliationView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Webhooks_list: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor` */
                cursor?: string;
                /** @description A field from the endpoint’s sort whitelist; prefix with `-` for descending */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Webhooks_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key returns the first result instead of creating again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Conflicts with existing data, or the same Idempotency-Key is in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Webhooks_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Webhooks_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Webhooks_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Webhooks_deliveries: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor` */
                cursor?: string;
                /** @description A field from the endpoint’s sort whitelist; prefix with `-` for descending */
                sort?: string;
                status?: "pending" | "succeeded" | "failed" | "dead";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPage"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Notifications_list: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor` */
                cursor?: string;
                /** @description A field from the endpoint’s sort whitelist; prefix with `-` for descending */
                sort?: string;
                kind?: "due_soon" | "overdue" | "escalated";
                projectId?: string;
                milestoneId?: string;
                /** @description Only acknowledged (true) or unacknowledged (false) ones */
                acked?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Notifications_ack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Imports_import: {
        parameters: {
            query?: {
                /** @description Preview: report what would change, write nothing */
                dryRun?: boolean;
                /** @description Required for .csv and .xlsx project lists */
                planCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description A plan document (.txt) or a project list (.csv, .xlsx)
                     */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReportView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
    Audit_list: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor` */
                cursor?: string;
                entityType?: "plan" | "institution" | "project" | "milestone" | "progress_report" | "funding" | "webhook" | "api_key";
                /** @description The audited entity’s id (for progress reports `<projectId>/<YYYY-MM>`) */
                entityId?: string;
                /** @description The API key that made the change */
                actorId?: string;
                /** @description Entries at or after this instant */
                since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description No valid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The key’s role (or a manager’s institutions) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
        };
    };
}
