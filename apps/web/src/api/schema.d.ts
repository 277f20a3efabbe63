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
    "/api/v1/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process runs
         * @description No authentication. 200 as long as the process answers, whatever its dependencies: an orchestrator restarts the process only when this fails.
         */
        get: operations["Health_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: PostgreSQL and the queue backend answer
         * @description No authentication. 503 while PostgreSQL or the queue backend is unreachable: an orchestrator sends no traffic to this process until it is 200 again.
         */
        get: operations["Health_ready"];
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
         * @description The jobs are those the features mark runnable: `rollups` recomputes every finance rollup, `reminders` scans milestones for due, overdue and escalated reminders, `retention` prunes handled outbox events, settled webhook deliveries and acknowledged notifications past their retention. An unknown name is a 404 that lists them.
         */
        post: operations["Jobs_run"];
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
        /**
         * Revoke an API key (admin)
         * @description If-Match carries the `version` the key list (or its creation) showed.
         */
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
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List regions
         * @description The administrative division catalogue (GB/T 2260 codes: provinces, prefecture-level cities, counties and districts), each with the number of plans in it and under it. Any `regionCode` filter (plans, projects, finance) includes the regions under the code. Sort: `code`, `name`.
         */
        get: operations["Regions_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a region, with the regions above it */
        get: operations["Regions_get"];
        put?: never;
        post?: never;
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
        /**
         * Create a plan (admin)
         * @description A plan of any division of the catalogue: a five-year plan, or an annual key-project list (startYear = endYear) to import a bureau’s list into (POST /imports with planCode). `code` defaults to <regionCode>-<startYear>-<endYear>. Emits `plan.created`.
         */
        post: operations["Plans_createPlan"];
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
        /**
         * Get a plan
         * @description The ETag header carries its version for If-Match.
         */
        get: operations["Plans_getPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a plan (admin)
         * @description Title, years, document number, date of issue; its code and region stay. Send only the fields to change. Emits `plan.updated`.
         */
        patch: operations["Plans_updatePlan"];
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
         * @description Creates the month (201) or replaces it whole (200); repeating the same figures changes nothing. `completedInvestmentWan` and `disbursedWan` are that month’s amounts, not totals to date. The period must not be after the current month in the plan’s time zone. The first report of a month needs no If-Match; replacing a saved month needs If-Match with the month’s current ETag (428 without it, 412 when stale), except a retry with exactly the saved figures, which answers 200 unchanged. Completed investment above the planned investment is accepted and flagged with `exceedsPlannedInvestment`. Admins, and managers for the projects of their own institutions.
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
    "/api/v1/projects/{id}/annual-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A project’s annual plans
         * @description Per year: the category (新开工, 续建, 前期, 竣工), the year’s planned investment and task, and each quarter’s.
         */
        get: operations["AnnualPlans_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/annual-plans/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a project’s plan of one year
         * @description Creates the year’s plan (201) or replaces it whole (200); the same values again change nothing. The year must lie in the plan’s period. If-Match is required once the year’s plan exists. Admins, finance, and managers for the projects of their own institutions. Emits `annual_plan.updated`.
         */
        put: operations["AnnualPlans_put"];
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
         * @description Each active project’s investment is spread evenly over its build years (the plan’s period when the plan gives none); by today it should have completed the elapsed share of this year’s part. Lists the projects behind pace, largest gap first, and gives the pace and the completed investment month by month. Filters as /projects: the whole portfolio, a plan or a region are read from the rollups (`source: rollup`, as of their last run), finer filters are computed now (`source: live`).
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
    "/api/v1/reporting-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List reporting rounds (调度)
         * @description Filters: status, planId, period. Sort: `period`, `dueDate`, `createdAt` (default `-period`; prefix `-` to reverse); keyset pages via `cursor`.
         */
        get: operations["Rounds_list"];
        put?: never;
        /**
         * Open a reporting round
         * @description Asks every project of the scope (a plan, or a region and the regions under it) that is not completed, in service or cancelled for its report of `period`, owed by the project’s institution. A project reports a month in one round only: a scope overlapping another round of the month is refused (409). The round closes after `closesOn` (default: 7 days after `dueDate`), or by hand. Emits `round.opened`. Finance and admins.
         */
        post: operations["Rounds_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting-rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A reporting round with its counts
         * @description Counts of reports by status, in all, by institution and by region; once closed, the reports that were missing.
         */
        get: operations["Rounds_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting-rounds/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a round now
         * @description No report of a closed round can be saved, submitted or returned; submitted ones can still be approved. Answers with the missing reports. Emits `round.closed`.
         */
        post: operations["Rounds_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting-rounds/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The reports of a round
         * @description Filters: status, institutionId. Managers see the reports of their own institutions. A report goes pending → draft (PUT) → submitted (POST …/submit) → approved (POST …/approve), or returned with a reason (POST …/return), then is edited and submitted again. Sort: `projectCode`, `projectName`, `status`, `submittedAt` (default `projectCode`; prefix `-` to reverse); keyset pages via `cursor`.
         */
        get: operations["Rounds_reports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting-rounds/{id}/reports/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One project’s report of the round
         * @description A report goes pending → draft (PUT) → submitted (POST …/submit) → approved (POST …/approve), or returned with a reason (POST …/return), then is edited and submitted again.
         */
        get: operations["Rounds_report"];
        /**
         * Save the report as a draft
         * @description The month’s completed investment (`completedInvestmentWan`) or the cumulative one (`cumulativeCompletedWan`), not both; progress, 是否开工, 存在问题. Replaces the draft whole. If-Match is required once the report has been saved. A submitted or approved report cannot be edited (409); a returned one can. Managers of the project’s institution, and admins.
         */
        put: operations["Rounds_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting-rounds/{id}/reports/{projectId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the report
         * @description Writes the month’s progress report (GET /projects/{id}/progress) from the draft, or submits the month’s progress as already recorded when there is no draft. A cumulative figure becomes the month’s by what earlier months recorded; one smaller than that is refused (422). Emits `progress.reported` and `report.submitted`.
         */
        post: operations["Rounds_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting-rounds/{id}/reports/{projectId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a submitted report
         * @description Emits `report.approved`. Finance and admins.
         */
        post: operations["Rounds_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting-rounds/{id}/reports/{projectId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return a submitted report with a reason
         * @description The manager sees the reason, edits and submits again. Not once the round is closed. Emits `report.returned`. Finance and admins.
         */
        post: operations["Rounds_return"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Problems (存在问题) across the portfolio
         * @description Filters combine with AND: region (and those under it), plan, institution, project, category, status, overdue. Sort: `createdAt`, `dueDate` (default `-createdAt`); keyset pages via `cursor`.
         */
        get: operations["Problems_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The problems of a project
         * @description Sort: `createdAt`, `dueDate` (default `-createdAt`); keyset pages via `cursor`.
         */
        get: operations["Problems_listForProject"];
        put?: never;
        /**
         * Record a problem of a project
         * @description Emits `problem.created`. Admins, finance, and managers for the projects of their own institutions.
         */
        post: operations["Problems_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A problem */
        get: operations["Problems_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change or resolve a problem
         * @description `status: resolved` needs a `resolution`; `resolvedOn` defaults to today. Emits `problem.updated`. Admins, finance, and managers for the projects of their own institutions.
         */
        patch: operations["Problems_update"];
        trace?: never;
    };
    "/api/v1/plans/{id}/annual-sheet.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The plan’s annual sheet of a month, as .xlsx
         * @description The bureau’s 投资路线图 / 进展情况表: title with region, year and month; 单位：万元; 序号, 项目名称, 层次, 责任单位, 总投资, 年度计划投资, 年度建设任务, 建设性质, 是否开工, N月进展情况, 累计完成投资, each quarter’s 工作内容及形象进度 and 投资, 项目代码; a 合计 row; projects in sections by annual category. A month’s figures appear where its report was approved in its round (or, with no round, as reported). Importing the file into the same plan (POST /imports?planCode=…) changes nothing.
         */
        get: operations["AnnualSheet_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}/annual-sheet.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The plan’s annual sheet of a month, as .csv
         * @description The bureau’s 投资路线图 / 进展情况表: title with region, year and month; 单位：万元; 序号, 项目名称, 层次, 责任单位, 总投资, 年度计划投资, 年度建设任务, 建设性质, 是否开工, N月进展情况, 累计完成投资, each quarter’s 工作内容及形象进度 and 投资, 项目代码; a 合计 row; projects in sections by annual category. A month’s figures appear where its report was approved in its round (or, with no round, as reported). Importing the file into the same plan (POST /imports?planCode=…) changes nothing. UTF-8 with a BOM.
         */
        get: operations["AnnualSheet_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My projects, what needs me first
         * @description Managers only: the projects of the key’s institutions (or of one of them: `institutionId`). Ordered by `attention`: `overdue` (an open milestone past its planned date, or an open round’s report past its due date), then `unreported` (an open round’s report not submitted), then `due` (an open milestone due within 30 days), then `none`; within each, the earliest date that needs attention first, then by id. Dates are days of the plan’s time zone. Sort: `attention` only; keyset pages via `cursor`.
         */
        get: operations["MyProjects_list"];
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
    "/api/v1/webhooks/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a dead delivery again (admin)
         * @description A dead-lettered delivery (`status=dead`, listed by `GET /webhooks/{id}/deliveries?status=dead`) becomes `pending` and is queued once, with a full set of attempts; its earlier attempts stay in its log. A delivery that is not dead (already retried, pending or succeeded) is a 409. Audited as `retry` of a `webhook_delivery`.
         */
        post: operations["Webhooks_retry"];
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
         * My reminders
         * @description Newest first. Sort: `createdAt`, `dueDate`. Each names its project and institution. By default one entry per milestone, problem, or round and institution: the current reminder (unresolved; escalated over overdue over due soon). `history=true` lists all, with `resolvedAt`.
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
    "/api/v1/notifications/ack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge all my reminders
         * @description Acknowledges (for the caller) every unresolved reminder of theirs, or those matching all the filters given; superseded ones too, so none comes back. Idempotent. Admins, finance and managers (viewers receive no reminders).
         */
        post: operations["Notifications_acknowledgeAll"];
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
         * @description All or nothing, in one transaction. A plan document (.txt, UTF-8 or GB18030) creates or updates its plan, whose region is recognised from the title in the division catalogue. A project list (.xlsx, .xls, .csv; `planCode` required) is read by the meaning of its headers, with title rows, unit rows (单位：万元/亿元), two-level merged headers, 合计/小计 rows (reconciled) and section rows (一、续建项目) understood; every column is either read or listed as ignored. Rows match the plan’s projects by code, else by normalised name and institution; a row the tracker cannot match with certainty is refused. Only what changed is written: the same content again, from a file of any name, changes nothing. Errors and the summary are in Chinese and name the sheet, row and column. Files up to 32 MiB (documents 5 MiB); sheets up to 100,100 rows in all (100,000 projects and their header rows) and 200 columns.
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
    "/api/v1/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List outbox events (admin)
         * @description Every change writes its events to the outbox in its own transaction; the worker’s relay publishes them to the events queue and marks each handled once every handler ran. Newest first. Sort: `position`.
         */
        get: operations["Outbox_list"];
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
        LivenessResponse: {
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok";
        };
        JobStarted: {
            /** @example rollups */
            name: string;
            /** @example 42 */
            jobId: string;
        };
        ApiKeyView: {
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
            /**
             * @description Bumped when the key is revoked; send it as If-Match to revoke
             * @example 1
             */
            version: number;
        };
        ApiKeyList: {
            items: components["schemas"]["ApiKeyView"][];
        };
        CreateKeyDto: {
            /** @example ops */
            name: string;
            /** @enum {string} */
            role: "admin" | "finance" | "manager" | "viewer";
            /** @description Required for managers */
            institutionIds?: string[];
        };
        CreatedApiKeyView: {
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
            /**
             * @description Bumped when the key is revoked; send it as If-Match to revoke
             * @example 1
             */
            version: number;
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
        RegionView: {
            /**
             * @description Division code (行政区划代码, GB/T 2260)
             * @example 510604
             */
            code: string;
            /** @example 罗江区 */
            name: string;
            /**
             * @description The name without its administrative suffix, as titles often write it
             * @example 罗江
             */
            shortName: string;
            /**
             * @description A county or district with its city, as a person tells it apart
             * @example 德阳市罗江区
             */
            fullName: string;
            /** @enum {string} */
            level: "province" | "city" | "district" | "county";
            /** @example 510600 */
            parentCode: string | null;
            /**
             * @description Plans in this region and the regions under it; 0 when there are none
             * @example 1
             */
            planCount: number;
        };
        RegionPage: {
            items: components["schemas"]["RegionView"][];
            /** @description The cursor of the next page; null on the last */
            nextCursor: string | null;
        };
        RegionDetailView: {
            /**
             * @description Division code (行政区划代码, GB/T 2260)
             * @example 510604
             */
            code: string;
            /** @example 罗江区 */
            name: string;
            /**
             * @description The name without its administrative suffix, as titles often write it
             * @example 罗江
             */
            shortName: string;
            /**
             * @description A county or district with its city, as a person tells it apart
             * @example 德阳市罗江区
             */
            fullName: string;
            /** @enum {string} */
            level: "province" | "city" | "district" | "county";
            /** @example 510600 */
            parentCode: string | null;
            /**
             * @description Plans in this region and the regions under it; 0 when there are none
             * @example 1
             */
            planCount: number;
            /** @description The regions above this one, nearest first */
            ancestors: components["schemas"]["RegionView"][];
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
            /** @description The cursor of the next page; null on the last */
            nextCursor: string | null;
        };
        CreatePlanDto: {
            /** @example 德阳市罗江区2022年重点项目投资计划 */
            title: string;
            /** @example 2022 */
            startYear: number;
            /**
             * @description Equal to startYear for an annual key-project list
             * @example 2022
             */
            endYear: number;
            /** @example 罗府办发〔2022〕3号 */
            documentNumber?: string | null;
            /**
             * Format: date
             * @example 2022-02-15
             */
            issuedOn?: string | null;
            /**
             * @description A division of the catalogue (GET /regions)
             * @example 510604
             */
            regionCode: string;
            /**
             * @description Defaults to <regionCode>-<startYear>-<endYear>
             * @example 510604-2022-2022
             */
            code?: string;
        };
        UpdatePlanDto: {
            title?: string;
            startYear?: number;
            endYear?: number;
            documentNumber?: string | null;
            /** Format: date */
            issuedOn?: string | null;
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
            /** @description computed − declared, exact; null when the plan declares no total */
            difference: components["schemas"]["LandAndInvestment"] | null;
            /** @description Every declared figure equals the computed one; null when the plan declares no total */
            reconciled: boolean | null;
            /** @example 3 */
            projectCount: number;
            source: components["schemas"]["SourceView"];
        };
        ProgramList: {
            items: components["schemas"]["ProgramView"][];
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
            /** @description The cursor of the next page; null on the last */
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
            /** @description The cursor of the next page; null on the last */
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
            /** @description The cursor of the next page; null on the last */
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
            /**
             * @description 层次: the tier an annual key-project list gives (省重点, 市重点, 县（区）重点 …)
             * @example 市重点
             */
            tier: string | null;
            source: components["schemas"]["ProjectSourceView"];
            /** @example 1 */
            version: number;
        };
        ProjectPage: {
            items: components["schemas"]["ProjectView"][];
            /** @description The cursor of the next page; null on the last */
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
             * @description 层次: 省重点, 市重点, 县（区）重点 …
             * @example 市重点
             */
            tier?: string | null;
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
            /**
             * @description 层次: 省重点, 市重点, 县（区）重点 …
             * @example 市重点
             */
            tier?: string | null;
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
            /**
             * @description 进展情况 / 形象进度: what was done, in words
             * @example 主体工程施工中，已完成基础工程
             */
            progressText: string | null;
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
            /**
             * @description 进展情况 / 形象进度 in words
             * @example 主体工程施工中，已完成基础工程
             */
            progressText?: string | null;
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
            /**
             * @description 进展情况 / 形象进度: what was done, in words
             * @example 主体工程施工中，已完成基础工程
             */
            progressText: string | null;
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
        QuarterPlanView: {
            /**
             * @example 2
             * @enum {number}
             */
            quarter: 1 | 2 | 3 | 4;
            /**
             * @description 万元 planned for the quarter
             * @example 500
             */
            planWan: number | null;
            /**
             * @description 工作内容及形象进度 planned for the quarter
             * @example 主体工程施工
             */
            work: string | null;
        };
        AnnualPlanView: {
            /** Format: uuid */
            projectId: string;
            /** @example 2022 */
            year: number;
            /**
             * @description new 新建/新开工, continuing 续建, preparatory 前期, completing 竣工/收尾; null when the list did not say
             * @enum {string|null}
             */
            category: "new" | "continuing" | "preparatory" | "completing" | null;
            /**
             * @description 年度计划投资, 万元
             * @example 3000
             */
            planWan: number | null;
            /**
             * @description 年度建设任务
             * @example 完成主体工程
             */
            task: string | null;
            /** @description The quarters the plan gives anything for, in order */
            quarters: components["schemas"]["QuarterPlanView"][];
            /** @example 2022年重点项目.xlsx */
            sourceFile: string | null;
            /** @example 1 */
            version: number;
        };
        AnnualPlanList: {
            /** @description By year */
            items: components["schemas"]["AnnualPlanView"][];
        };
        QuarterPlanDto: {
            /** @enum {number} */
            quarter: 1 | 2 | 3 | 4;
            /**
             * @description 万元, up to 2 decimals
             * @example 500
             */
            planWan?: number | null;
            work?: string | null;
        };
        PutAnnualPlanDto: {
            /** @enum {string|null} */
            category?: "new" | "continuing" | "preparatory" | "completing" | null;
            /**
             * @description 年度计划投资, 万元, up to 2 decimals
             * @example 3000
             */
            planWan?: number | null;
            /** @description 年度建设任务 */
            task?: string | null;
            /** @description At most one entry per quarter */
            quarters?: components["schemas"]["QuarterPlanDto"][];
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
            /** @description The cursor of the next page; null on the last */
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
             * @description 万元 planned for the year asked (`year`): the sum of the projects’ annual plans; only with `year`
             * @example 8000
             */
            annualPlanWan?: number;
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
            /**
             * @description 万元 planned for the year asked (`year`): the sum of the projects’ annual plans; only with `year`
             * @example 8000
             */
            annualPlanWan?: number;
        };
        TotalsView: {
            /**
             * Format: date-time
             * @description The moment the figures describe
             */
            asOf: string;
            /** @enum {string} */
            groupBy: "plan" | "program" | "institution" | "region" | "status" | "buildType" | "fundingSource" | "startYear" | "tier" | "annualCategory";
            /**
             * @description The year of `annualPlanWan`; null without `year`
             * @example 2022
             */
            year: number | null;
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
             * @description 万元 planned for the year: the project’s annual plan of the year, else its investment spread evenly over its build years
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
             * @description Today in the plans’ time zone: the day the even pace is measured to
             * @example 2025-10-01
             */
            asOfDate: string;
            /**
             * Format: date-time
             * @description The moment the figures describe (for the rollups, the oldest run of the plans selected)
             */
            asOf: string;
            /**
             * @description Precomputed rollups (whole portfolio, a plan, a region), or computed now for finer filters
             * @enum {string}
             */
            source: "rollup" | "live";
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
        ReportCounts: {
            /**
             * @description Nothing saved yet
             * @example 3
             */
            pending: number;
            /**
             * @description Saved, not submitted
             * @example 1
             */
            draft: number;
            /**
             * @description Submitted, awaiting review
             * @example 4
             */
            submitted: number;
            /**
             * @description Returned with a reason, to be fixed and submitted again
             * @example 1
             */
            returned: number;
            /** @example 9 */
            approved: number;
            /**
             * @description All reports of the round (or group)
             * @example 18
             */
            total: number;
        };
        RoundView: {
            /** Format: uuid */
            id: string;
            /**
             * @description The month reported on (YYYY-MM)
             * @example 2022-05
             */
            period: string;
            /**
             * @description Reports are due by the end of this day (in the round’s time zone)
             * @example 2022-06-05
             */
            dueDate: string;
            /**
             * @description The worker closes the round after this day; it may be closed by hand before
             * @example 2022-06-12
             */
            closesOn: string;
            /**
             * Format: uuid
             * @description Scope: one plan’s projects
             */
            planId: string | null;
            planTitle: string | null;
            /**
             * @description Scope: the projects of a region and the regions under it
             * @example 510600
             */
            regionCode: string | null;
            /** @example 德阳市 */
            regionName: string | null;
            /** @example Asia/Shanghai */
            timeZone: string;
            /** @enum {string} */
            status: "open" | "closed";
            /** Format: date-time */
            closedAt: string | null;
            /**
             * @description Closed on its close date by the worker, or by hand
             * @enum {string|null}
             */
            closedBy: "schedule" | "hand" | null;
            counts: components["schemas"]["ReportCounts"];
            /** Format: date-time */
            createdAt: string;
            /** @example 1 */
            version: number;
        };
        RoundPage: {
            items: components["schemas"]["RoundView"][];
            /** @description The cursor of the next page; null on the last */
            nextCursor: string | null;
        };
        OpenRoundDto: {
            /**
             * @description The month to report on, YYYY-MM
             * @example 2022-05
             */
            period: string;
            /**
             * Format: date
             * @description Reports are due by the end of this day
             * @example 2022-06-05
             */
            dueDate: string;
            /**
             * Format: date
             * @description The worker closes the round after this day (default: 7 days after the due date); not before the due date
             * @example 2022-06-12
             */
            closesOn?: string;
            /**
             * Format: uuid
             * @description Scope: one plan’s projects. Give this or regionCode.
             */
            planId?: string;
            /**
             * @description Scope: the projects of a region and of the regions under it. Give this or planId.
             * @example 510600
             */
            regionCode?: string;
        };
        InstitutionCounts: {
            /**
             * Format: uuid
             * @description null: projects with no institution
             */
            institutionId: string | null;
            /** @example 罗江区人民医院 */
            institutionName: string | null;
            counts: components["schemas"]["ReportCounts"];
        };
        RegionCounts: {
            /** @example 510604 */
            regionCode: string;
            /** @example 罗江区 */
            regionName: string;
            counts: components["schemas"]["ReportCounts"];
        };
        MissingReport: {
            /** Format: uuid */
            projectId: string;
            /** @example 罗江区人民医院迁建项目 */
            projectName: string;
            /** Format: uuid */
            institutionId: string | null;
            institutionName: string | null;
            /** @enum {string} */
            status: "pending" | "draft" | "returned";
        };
        RoundDetailView: {
            /** Format: uuid */
            id: string;
            /**
             * @description The month reported on (YYYY-MM)
             * @example 2022-05
             */
            period: string;
            /**
             * @description Reports are due by the end of this day (in the round’s time zone)
             * @example 2022-06-05
             */
            dueDate: string;
            /**
             * @description The worker closes the round after this day; it may be closed by hand before
             * @example 2022-06-12
             */
            closesOn: string;
            /**
             * Format: uuid
             * @description Scope: one plan’s projects
             */
            planId: string | null;
            planTitle: string | null;
            /**
             * @description Scope: the projects of a region and the regions under it
             * @example 510600
             */
            regionCode: string | null;
            /** @example 德阳市 */
            regionName: string | null;
            /** @example Asia/Shanghai */
            timeZone: string;
            /** @enum {string} */
            status: "open" | "closed";
            /** Format: date-time */
            closedAt: string | null;
            /**
             * @description Closed on its close date by the worker, or by hand
             * @enum {string|null}
             */
            closedBy: "schedule" | "hand" | null;
            counts: components["schemas"]["ReportCounts"];
            /** Format: date-time */
            createdAt: string;
            /** @example 1 */
            version: number;
            /** @description By institution (责任单位), by name */
            byInstitution: components["schemas"]["InstitutionCounts"][];
            /** @description By the projects’ regions, by code */
            byRegion: components["schemas"]["RegionCounts"][];
            /** @description Once closed: the reports not submitted by then. Empty while open. */
            missing: components["schemas"]["MissingReport"][];
        };
        ReportView: {
            /** Format: uuid */
            roundId: string;
            /** Format: uuid */
            projectId: string;
            /** @example 510604-2021-2025-0001 */
            projectCode: string;
            /** @example 罗江区人民医院迁建项目 */
            projectName: string;
            /**
             * Format: uuid
             * @description The institution that owes the report (责任单位)
             */
            institutionId: string | null;
            institutionName: string | null;
            /** @example 510604 */
            regionCode: string;
            /** @example 2022-05 */
            period: string;
            /** @enum {string} */
            status: "pending" | "draft" | "submitted" | "returned" | "approved";
            /**
             * @description Why it was last returned
             * @example 累计完成投资与上月不符
             */
            reason: string | null;
            /**
             * @description The month’s completed investment, 万元
             * @example 350
             */
            completedInvestmentWan: number | null;
            /**
             * @description 累计完成投资 to the end of the month, 万元
             * @example 4200
             */
            cumulativeCompletedWan: number | null;
            /** @example 45 */
            physicalProgressPct: number | null;
            /**
             * @description 形象进度 / 进展情况
             * @example 主体结构施工至5层
             */
            progressText: string | null;
            /** @description 是否开工 */
            started: boolean | null;
            /** Format: date */
            startedOn: string | null;
            /** @description 存在问题, as the report states them */
            problems: string | null;
            /**
             * @description Where the figures come from: `draft` (saved, not submitted), `record` (the month’s progress report), `none`
             * @enum {string}
             */
            figuresFrom: "draft" | "record" | "none";
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
            /** @example 2 */
            version: number;
        };
        ReportPage: {
            items: components["schemas"]["ReportView"][];
            /** @description The cursor of the next page; null on the last */
            nextCursor: string | null;
        };
        PutReportDto: {
            /**
             * @description 本月完成投资, 万元, up to 2 decimals
             * @example 350
             */
            completedInvestmentWan?: number | null;
            /**
             * @description 累计完成投资 to the end of the month, 万元; the month’s figure is this less what earlier months recorded
             * @example 4200
             */
            cumulativeCompletedWan?: number | null;
            /**
             * @description 形象进度, %
             * @example 45
             */
            physicalProgressPct?: number | null;
            /**
             * @description 形象进度 / 进展情况
             * @example 主体结构施工至5层
             */
            progressText?: string | null;
            /** @description 是否开工 */
            started?: boolean | null;
            /**
             * Format: date
             * @description 开工日期; only with started = true
             * @example 2022-03-18
             */
            startedOn?: string | null;
            /** @description 存在问题, in words */
            problems?: string | null;
        };
        ReturnReportDto: {
            /**
             * @description Why, for the manager to read
             * @example 累计完成投资与财务报表不符，请核实
             */
            reason: string;
        };
        ProjectProblemView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            /** @example 罗江区人民医院迁建项目 */
            projectName: string;
            /** Format: uuid */
            institutionId: string | null;
            /** @example 510604 */
            regionCode: string;
            /**
             * @description land 用地, funding 资金, approval 手续审批, demolition 征地拆迁, construction 施工, other 其他
             * @enum {string}
             */
            category: "land" | "funding" | "approval" | "demolition" | "construction" | "other";
            /**
             * @description The category in Chinese
             * @example 资金
             */
            categoryName: string;
            /** @example 中央预算内资金尚未下达 */
            description: string;
            /**
             * @description 责任单位
             * @example 区发改局
             */
            responsibleUnit: string | null;
            /**
             * Format: date
             * @example 2022-07-31
             */
            dueDate: string | null;
            /** @enum {string} */
            status: "open" | "resolved";
            /** @description Open and past its due date (in the plan’s time zone) */
            overdue: boolean;
            /** @example 资金已于7月20日下达 */
            resolution: string | null;
            /** Format: date */
            resolvedOn: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @example 1 */
            version: number;
        };
        ProblemPage: {
            items: components["schemas"]["ProjectProblemView"][];
            /** @description The cursor of the next page; null on the last */
            nextCursor: string | null;
        };
        CreateProblemDto: {
            /** @enum {string} */
            category: "land" | "funding" | "approval" | "demolition" | "construction" | "other";
            /** @example 中央预算内资金尚未下达 */
            description: string;
            /**
             * @description 责任单位
             * @example 区发改局
             */
            responsibleUnit?: string | null;
            /**
             * Format: date
             * @description To be solved by; reminded when it passes
             * @example 2022-07-31
             */
            dueDate?: string | null;
        };
        UpdateProblemDto: {
            /** @enum {string} */
            category?: "land" | "funding" | "approval" | "demolition" | "construction" | "other";
            description?: string;
            responsibleUnit?: string | null;
            /** Format: date */
            dueDate?: string | null;
            /** @enum {string} */
            status?: "open" | "resolved";
            /** @example 资金已于7月20日下达 */
            resolution?: string | null;
            /**
             * Format: date
             * @description When resolved (default: today in the plan’s time zone)
             */
            resolvedOn?: string;
        };
        NextMilestoneView: {
            /** Format: uuid */
            id: string;
            /** @example 开工 */
            name: string;
            /** @example groundbreaking */
            kind: string;
            /**
             * Format: date
             * @example 2026-03-01
             */
            plannedDate: string;
            /** @description Its planned date has passed (in the plan’s time zone) */
            overdue: boolean;
        };
        MyProjectView: {
            /** Format: uuid */
            id: string;
            /** @example 510626-2021-2025-P01 */
            code: string;
            /** @example 传染病区建设项目 */
            name: string;
            /** @example under_construction */
            status: string;
            /** Format: uuid */
            planId: string;
            /** Format: uuid */
            institutionId: string;
            /** @example 罗江区人民医院 */
            institutionName: string;
            /** @example 12000 */
            investmentWan: number | null;
            /**
             * @description overdue: an open milestone past its planned date, or a report of an open round past its due date; unreported: a report of an open round not submitted (pending, draft or returned); due: an open milestone due within 30 days; none: nothing pressing
             * @enum {string}
             */
            attention: "overdue" | "unreported" | "due" | "none";
            /**
             * @description Open milestones past their planned date
             * @example 1
             */
            overdueMilestones: number;
            /**
             * @description Open milestones due within the next 30 days
             * @example 0
             */
            dueMilestones: number;
            /**
             * @description Reports of open rounds not submitted (pending, draft or returned)
             * @example 1
             */
            unreportedReports: number;
            /**
             * Format: date
             * @description The earliest due date of those reports
             */
            reportDueDate: string | null;
            /** @description The earliest open milestone */
            nextMilestone: components["schemas"]["NextMilestoneView"] | null;
            /**
             * @description The last month with monthly progress
             * @example 2026-10
             */
            lastReportedPeriod: string | null;
        };
        MyProjectPage: {
            items: components["schemas"]["MyProjectView"][];
            /** @description The cursor of the next page; null on the last */
            nextCursor: string | null;
        };
        WebhookView: {
            /** Format: uuid */
            id: string;
            /** @example https://integrator.example.com/hooks/tracker */
            url: string;
            events: ("annual_plan.updated" | "funding.updated" | "institution.created" | "institution.updated" | "milestone.created" | "milestone.deleted" | "milestone.due_soon" | "milestone.escalated" | "milestone.overdue" | "milestone.updated" | "plan.created" | "plan.updated" | "problem.created" | "problem.overdue" | "problem.updated" | "progress.reported" | "project.created" | "project.deleted" | "project.updated" | "report.approved" | "report.returned" | "report.submitted" | "rollup.completed" | "round.closed" | "round.due_soon" | "round.escalated" | "round.opened" | "round.overdue")[];
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
             * @description Events to receive; their payloads are under x-webhooks
             * @example [
             *       "milestone.overdue",
             *       "progress.reported"
             *     ]
             */
            events: ("annual_plan.updated" | "funding.updated" | "institution.created" | "institution.updated" | "milestone.created" | "milestone.deleted" | "milestone.due_soon" | "milestone.escalated" | "milestone.overdue" | "milestone.updated" | "plan.created" | "plan.updated" | "problem.created" | "problem.overdue" | "problem.updated" | "progress.reported" | "project.created" | "project.deleted" | "project.updated" | "report.approved" | "report.returned" | "report.submitted" | "rollup.completed" | "round.closed" | "round.due_soon" | "round.escalated" | "round.opened" | "round.overdue")[];
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
            events: ("annual_plan.updated" | "funding.updated" | "institution.created" | "institution.updated" | "milestone.created" | "milestone.deleted" | "milestone.due_soon" | "milestone.escalated" | "milestone.overdue" | "milestone.updated" | "plan.created" | "plan.updated" | "problem.created" | "problem.overdue" | "problem.updated" | "progress.reported" | "project.created" | "project.deleted" | "project.updated" | "report.approved" | "report.returned" | "report.submitted" | "rollup.completed" | "round.closed" | "round.due_soon" | "round.escalated" | "round.opened" | "round.overdue")[];
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
             * @description Events to receive; their payloads are under x-webhooks
             * @example [
             *       "milestone.overdue",
             *       "progress.reported"
             *     ]
             */
            events?: ("annual_plan.updated" | "funding.updated" | "institution.created" | "institution.updated" | "milestone.created" | "milestone.deleted" | "milestone.due_soon" | "milestone.escalated" | "milestone.overdue" | "milestone.updated" | "plan.created" | "plan.updated" | "problem.created" | "problem.overdue" | "problem.updated" | "progress.reported" | "project.created" | "project.deleted" | "project.updated" | "report.approved" | "report.returned" | "report.submitted" | "rollup.completed" | "round.closed" | "round.due_soon" | "round.escalated" | "round.opened" | "round.overdue")[];
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
            eventType: "annual_plan.updated" | "funding.updated" | "institution.created" | "institution.updated" | "milestone.created" | "milestone.deleted" | "milestone.due_soon" | "milestone.escalated" | "milestone.overdue" | "milestone.updated" | "plan.created" | "plan.updated" | "problem.created" | "problem.overdue" | "problem.updated" | "progress.reported" | "project.created" | "project.deleted" | "project.updated" | "report.approved" | "report.returned" | "report.submitted" | "rollup.completed" | "round.closed" | "round.due_soon" | "round.escalated" | "round.opened" | "round.overdue";
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
            /** @description The cursor of the next page; null on the last */
            nextCursor: string | null;
        };
        NotificationView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "due_soon" | "overdue" | "escalated";
            /**
             * @description What the reminder is about
             * @enum {string}
             */
            subject: "milestone" | "round" | "problem";
            /** Format: uuid */
            milestoneId: string | null;
            /**
             * Format: uuid
             * @description A reporting round: its reports owed by the institution
             */
            roundId: string | null;
            /** Format: uuid */
            problemId: string | null;
            /**
             * Format: uuid
             * @description null for a round reminder (about several projects)
             */
            projectId: string | null;
            /** Format: uuid */
            institutionId: string | null;
            /**
             * @description The project’s name; null for a round reminder
             * @example 传染病区建设项目
             */
            projectName: string | null;
            /** @example 510626-2021-2025-P01 */
            projectCode: string | null;
            /** @example 罗江区人民医院 */
            institutionName: string | null;
            /**
             * @description For a milestone reminder: the milestone’s name
             * @example 开工
             */
            milestoneName: string | null;
            /**
             * @description For a milestone reminder: the milestone’s kind
             * @example groundbreaking
             */
            milestoneKind: string | null;
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
            /**
             * Format: date-time
             * @description When its cause went: the milestone done or its planned date moved, the problem resolved or its due date moved, the round closed or all its reports submitted. Listed only with `history=true`.
             */
            resolvedAt: string | null;
        };
        NotificationPage: {
            items: components["schemas"]["NotificationView"][];
            /** @description The cursor of the next page; null on the last */
            nextCursor: string | null;
        };
        AcknowledgeNotificationsDto: {
            /** @enum {string} */
            kind?: "due_soon" | "overdue" | "escalated";
            /** Format: uuid */
            projectId?: string;
            /** Format: uuid */
            milestoneId?: string;
            /** Format: uuid */
            institutionId?: string;
        };
        AcknowledgedView: {
            /**
             * @description Reminders acknowledged by this request (those acknowledged before are not counted)
             * @example 3
             */
            acknowledged: number;
        };
        ImportPlanView: {
            /**
             * Format: uuid
             * @description Null in the preview of a plan not yet created
             */
            id: string | null;
            /** @example 510604-2021-2025 */
            code: string;
            /** @example 德阳市罗江区“十四五”卫生健康事业发展规划 */
            title: string;
            /** @enum {string} */
            action: "create" | "update" | "unchanged";
        };
        SheetUnitsView: {
            /** @example 万元 */
            money: string;
            /** @example 亩 */
            land: string;
            /** @example 平方米 */
            area: string;
        };
        SheetColumnViewDoc: {
            /** @example E */
            letter: string;
            /** @example 总投资（亿元） */
            header: string;
            /**
             * @description What the column was read as
             * @example investment
             */
            role: string;
            /** @example 2 */
            quarter?: number;
            /**
             * @description The unit a figure column was read in (converted to 万元, 亩, ㎡)
             * @example 亿元
             */
            unit?: string;
            /**
             * @description Why the column is not imported; absent when it is
             * @example 含个人信息，不导入
             */
            ignored?: string;
        };
        OtherSheetView: {
            /** @example 说明 */
            name: string;
            /** @example 没有项目表表头 */
            reason: string;
        };
        SheetReadView: {
            /** @example 项目表 */
            name: string;
            /** @enum {string} */
            format: "xlsx" | "xls" | "csv";
            /** @example 某县2022年重点项目5月进展情况表 */
            title: string | null;
            /**
             * @example [
             *       3,
             *       4
             *     ]
             */
            headerRows: number[];
            /**
             * @description The year of the annual figures
             * @example 2022
             */
            year: number | null;
            /**
             * @description The month the progress figures are as of
             * @example 2022-05
             */
            period: string | null;
            units: components["schemas"]["SheetUnitsView"];
            /** @description Every column: understood, or ignored with the reason */
            columns: components["schemas"]["SheetColumnViewDoc"][];
            otherSheets: components["schemas"]["OtherSheetView"][];
        };
        CategoryCounts: {
            new: number;
            continuing: number;
            preparatory: number;
            completing: number;
            none: number;
        };
        ImportCounts: {
            rows: number;
            rowsSkipped: number;
            programs: number;
            institutionsCreated: number;
            projectsCreated: number;
            projectsUpdated: number;
            projectsUnchanged: number;
            annualPlansWritten: number;
            progressReportsWritten: number;
            bedTargets: number;
            indicators: number;
            byCategory: components["schemas"]["CategoryCounts"];
        };
        ImportSums: {
            /** @description 万元 */
            investmentWan?: number;
            /** @description 万元 */
            annualPlanWan?: number;
            /** @description 万元 */
            cumulativeCompletedWan?: number;
            /** @description 万元 */
            yearToDateCompletedWan?: number;
            /** @description 万元 */
            monthCompletedWan?: number;
            /** @description 万元 */
            q1PlanWan?: number;
            /** @description 万元 */
            q2PlanWan?: number;
            /** @description 万元 */
            q3PlanWan?: number;
            /** @description 万元 */
            q4PlanWan?: number;
            /** @description 亩 */
            landMu?: number;
            /** @description m² */
            floorAreaM2?: number;
            beds?: number;
        };
        RowRangeView: {
            /** @example 5 */
            from: number;
            /** @example 26 */
            to: number;
        };
        MeasureCheckView: {
            /** @enum {string} */
            measure: "investmentWan" | "annualPlanWan" | "cumulativeCompletedWan" | "yearToDateCompletedWan" | "monthCompletedWan" | "q1PlanWan" | "q2PlanWan" | "q3PlanWan" | "q4PlanWan" | "landMu" | "floorAreaM2" | "beds";
            /** @example 90444 */
            declared: number;
            /** @example 90444 */
            computed: number;
            /**
             * @description declared − computed
             * @example 0
             */
            difference: number;
            reconciled: boolean;
        };
        TotalCheckView: {
            /** @example 专栏2 县级医疗机构强水平建设项目 */
            label: string;
            /**
             * @description A 专栏’s 合计, a sheet’s 合计, or a 小计 (or a section row with figures)
             * @enum {string}
             */
            kind: "program" | "total" | "subtotal";
            /** @example 2 */
            programNumber: number | null;
            /**
             * @description The line or row of the declared total
             * @example 512
             */
            line: number;
            /** @description The rows it covers */
            rows: components["schemas"]["RowRangeView"] | null;
            measures: components["schemas"]["MeasureCheckView"][];
            reconciled: boolean;
        };
        CodeAndName: {
            code: string;
            name: string;
        };
        ImportWarningView: {
            /** @example 12 */
            line: number;
            /** @example 工作表“项目表”第 12 行：“一、续建项目”是分组行，已跳过（其下项目的年度类别：续建） */
            message: string;
            /** @example 项目表 */
            sheet?: string;
            /** @example E */
            column?: string;
        };
        MatchedProjectView: {
            /** Format: uuid */
            id: string;
            /** @example 510604-2021-2025-Z2-6f1c2a9b0d3e4f51 */
            code: string;
            /** @example 传染病区建设项目 */
            name: string;
            /**
             * @description By project code, or by normalised name and institution
             * @enum {string}
             */
            by: "code" | "name";
        };
        ImportRowView: {
            /**
             * @description The line of a document, or the row of a sheet as Excel numbers it
             * @example 492
             */
            line: number;
            /** @enum {string} */
            action: "create" | "update" | "unchanged";
            /** @example 510604-2021-2025-Z2-6f1c2a9b0d3e4f51 */
            code: string;
            /** @example 传染病区建设项目 */
            name: string;
            /** @example 德阳市罗江区人民医院 */
            institutionName: string | null;
            /** @description The project the row matched; null for a new one */
            matched: components["schemas"]["MatchedProjectView"] | null;
            /**
             * @description What an update changes
             * @example [
             *       "investmentWan",
             *       "annualPlan"
             *     ]
             */
            changes: string[];
            /** @example 2 */
            programNumber: number | null;
            /** @example new */
            buildType: string;
            /** @example 市重点 */
            tier: string | null;
            /** @enum {string|null} */
            category: "new" | "continuing" | "preparatory" | "completing" | null;
            /** @example 20 */
            landMu: number | null;
            /** @example 12000 */
            investmentWan: number | null;
            floorAreaM2: number | null;
            beds: number | null;
            /** @example 2021 */
            startYear: number | null;
            /** @example 2025 */
            endYear: number | null;
            /** @example 3000 */
            annualPlanWan: number | null;
            /** @example 1200 */
            cumulativeCompletedWan: number | null;
        };
        ImportRowPage: {
            /**
             * @description Rows with a project in the file
             * @example 22
             */
            total: number;
            /** @example 0 */
            offset: number;
            /** @example 50 */
            limit: number;
            items: components["schemas"]["ImportRowView"][];
        };
        ImportReportView: {
            /** @example 2022年重点项目.xlsx */
            file: string;
            dryRun: boolean;
            /** @enum {string} */
            kind: "plan-document" | "project-sheet";
            plan: components["schemas"]["ImportPlanView"];
            /** @description What was read of a spreadsheet; null for a plan document */
            sheet: components["schemas"]["SheetReadView"] | null;
            counts: components["schemas"]["ImportCounts"];
            /** @description The sum of every figure column over the rows read, in 万元, 亩, m², 张 */
            sums: components["schemas"]["ImportSums"];
            /** @description Every declared total (专栏 合计, 合计, 小计) against the rows it covers */
            reconciliation: components["schemas"]["TotalCheckView"][];
            /** @description Projects an earlier import of a file of this name created and this one does not list (kept) */
            projectsNotInFile: components["schemas"]["CodeAndName"][];
            /** @description The first 200 warnings, in Chinese, each naming its row */
            warnings: components["schemas"]["ImportWarningView"][];
            /** @example 3 */
            warningCount: number;
            /** @description The report in Chinese sentences: counts, sums, reconciliation, ignored columns, warnings */
            summary: string[];
            /** @description One page of the row-by-row preview (rowOffset, rowLimit) */
            rows: components["schemas"]["ImportRowPage"];
            /** @example 420 */
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
             * @description create, update, delete, replace, import, revoke, retry
             * @example update
             */
            action: string;
            /**
             * @example project
             * @enum {string}
             */
            entityType: "plan" | "institution" | "project" | "milestone" | "progress_report" | "annual_plan" | "funding" | "webhook" | "webhook_delivery" | "api_key" | "reporting_round" | "round_report" | "problem";
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
            /** @description The cursor of the next page; null on the last */
            nextCursor: string | null;
        };
        OutboxEventView: {
            /**
             * Format: uuid
             * @description The event id (`X-Event-Id` of its webhook deliveries)
             */
            id: string;
            /**
             * @description The place in the outbox’s total order (a 64-bit integer as text)
             * @example 1042
             */
            position: string;
            /** @example project.updated */
            type: string;
            /** @example project */
            aggregateType: string;
            /** @example 6f1c7a52-8d07-4d6e-9a51-3f0c7c4f8f10 */
            aggregateId: string;
            /** Format: uuid */
            projectId: string | null;
            /** @enum {string} */
            status: "pending" | "published" | "handled";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            publishedAt: string | null;
            /**
             * Format: date-time
             * @description Null while not handled, and for events handled before handling was recorded
             */
            handledAt: string | null;
            /** @description The event’s payload, as its handlers receive it */
            payload: {
                [key: string]: unknown;
            };
        };
        OutboxEventPage: {
            items: components["schemas"]["OutboxEventView"][];
            /** @description The cursor of the next page; null on the last */
            nextCursor: string | null;
        };
        FileLocationView: {
            /**
             * @description The sheet of a workbook
             * @example 项目表
             */
            sheet?: string;
            /**
             * @description The row as Excel numbers it
             * @example 12
             */
            row?: number;
            /**
             * @description The column letter
             * @example E
             */
            column?: string;
            /**
             * @description The header of that column
             * @example 总投资
             */
            header?: string;
            /**
             * @description The line of a plan document
             * @example 492
             */
            line?: number;
        };
        FieldErrorView: {
            /** @example investmentWan */
            field: string;
            /** @example investmentWan must not be less than 0 */
            message: string;
            /** @description For an uploaded file: where in it the problem is */
            location?: components["schemas"]["FileLocationView"];
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
        AnnualPlanUpdatedEvent: {
            annualPlan: components["schemas"]["AnnualPlanView"];
            /** @description Absent when the year had no plan before */
            previous?: components["schemas"]["AnnualPlanView"];
        };
        FundingUpdatedEvent: {
            /** Format: uuid */
            projectId: string;
            items: components["schemas"]["FundingLineView"][];
            /**
             * @description 万元, the sum of the lines
             * @example 12000
             */
            totalWan: number;
            /** @description The lines before the change */
            previousItems: components["schemas"]["FundingLineView"][];
        };
        InstitutionCreatedEvent: {
            institution: components["schemas"]["InstitutionView"];
        };
        InstitutionUpdatedEvent: {
            institution: components["schemas"]["InstitutionView"];
            /** @description The institution before the change */
            previous: components["schemas"]["InstitutionView"];
        };
        MilestoneChangedEvent: {
            /** Format: uuid */
            projectId: string;
            /** @description null when created */
            before: components["schemas"]["MilestoneView"] | null;
            /** @description null when deleted */
            after: components["schemas"]["MilestoneView"] | null;
        };
        MilestoneReminderEvent: {
            /** Format: uuid */
            notificationId: string;
            /** Format: uuid */
            milestoneId: string;
            /** Format: uuid */
            projectId: string;
            /** Format: uuid */
            institutionId: string | null;
            /**
             * Format: date
             * @example 2025-06-30
             */
            plannedDate: string;
            /** @example 里程碑「开工」将于2025-06-30到期（还有7天） */
            title: string;
        };
        PlanCreatedEvent: {
            plan: components["schemas"]["PlanView"];
        };
        PlanUpdatedEvent: {
            plan: components["schemas"]["PlanView"];
            /** @description The plan before the change */
            previous: components["schemas"]["PlanView"];
        };
        ProblemChangedEvent: {
            /** @description null when created */
            before: components["schemas"]["ProjectProblemView"] | null;
            after: components["schemas"]["ProjectProblemView"];
        };
        ProblemOverdueEvent: {
            problem: components["schemas"]["ProjectProblemView"];
        };
        ProgressReportedEvent: {
            /** Format: uuid */
            projectId: string;
            /**
             * @description The month reported, YYYY-MM
             * @example 2024-05
             */
            period: string;
            /**
             * @description 万元 completed in the month
             * @example 420.5
             */
            completedInvestmentWan: number;
            /**
             * @description 万元 disbursed in the month
             * @example 300
             */
            disbursedWan: number;
            /** @example 35 */
            physicalProgressPct: number | null;
            note: string | null;
            /** @description 进展情况, as a list or a person wrote it */
            progressText: string | null;
            /** @example 1 */
            version: number;
            /** @description The month had been reported before, and this replaces it */
            replaced: boolean;
        };
        ProjectCreatedEvent: {
            project: components["schemas"]["ProjectView"];
        };
        ProjectDeletedEvent: {
            /** @description The project as it was when deleted */
            project: components["schemas"]["ProjectView"];
        };
        ProjectUpdatedEvent: {
            /** @description The project after the change */
            project: components["schemas"]["ProjectView"];
            /** @description The project before it */
            previous: components["schemas"]["ProjectView"];
        };
        ReportEvent: {
            /** @description The report after the step; `reason` says why when returned */
            report: components["schemas"]["ReportView"];
        };
        RollupCompletedEvent: {
            /** @description `all`, or the ids of the plans recomputed */
            scope: "all" | string[];
            /**
             * @description Plans recomputed
             * @example 3
             */
            plans: number;
            /**
             * @description Rollup rows of the plans recomputed
             * @example 120
             */
            rows: number;
            /**
             * @description How many of those rows the run inserted, updated or deleted (the others were already right)
             * @example 4
             */
            changed: number;
            /** Format: date-time */
            computedAt: string;
            /** @example 35 */
            durationMs: number;
        };
        RoundClosedEvent: {
            round: components["schemas"]["RoundView"];
            /** @description The reports not submitted when it closed */
            missing: components["schemas"]["MissingReport"][];
        };
        RoundReminderEvent: {
            /** Format: uuid */
            notificationId: string;
            /** Format: uuid */
            roundId: string;
            /**
             * @description The month the round reports on
             * @example 2022-05
             */
            period: string;
            /**
             * Format: uuid
             * @description The institution whose reports are owed
             */
            institutionId: string | null;
            /** @example 德阳市罗江区人民医院 */
            institutionName: string | null;
            /**
             * @description Its reports not submitted (pending, draft or returned) when the reminder was made
             * @example 2
             */
            unsubmitted: number;
            /**
             * Format: date
             * @example 2022-06-05
             */
            dueDate: string;
            /** @example 调度「2022-05」：德阳市罗江区人民医院还有2个项目未提交，2022-06-05截止（还有3天） */
            title: string;
        };
        RoundOpenedEvent: {
            round: components["schemas"]["RoundView"];
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
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
    Health_live: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
                    "application/json": components["schemas"]["LivenessResponse"];
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
    Health_ready: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
    Jobs_run: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
            path: {
                name: string;
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
    Keys_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
                    "application/json": components["schemas"]["ApiKeyList"];
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
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
                    "application/json": components["schemas"]["CreatedApiKeyView"];
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
            header: {
                /** @description The ETag of the version you read, e.g. "3" */
                "If-Match": string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
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
    Me_me: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
    Regions_list: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor` */
                cursor?: string;
                /** @description A field from the endpoint’s sort whitelist; prefix with `-` for descending */
                sort?: string;
                /** @description `district` and `county` are both county-level (区 / 县, 县级市, 旗) */
                level?: "province" | "city" | "district" | "county";
                /** @description The regions directly under this one */
                parentCode?: string;
                /** @description Part of the name, short name or full name */
                q?: string;
                /** @description Only regions with at least one plan in them or under them */
                withPlans?: boolean;
            };
            header?: {
                /** @description An ETag of an earlier answer to the same query */
                "If-None-Match"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Of this page; send it as If-None-Match to get 304 while it is unchanged */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionPage"];
                };
            };
            /** @description Not Modified: the page is that of the ETag sent in If-None-Match */
            304: {
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
    Regions_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
            path: {
                code: string;
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
                    "application/json": components["schemas"]["RegionDetailView"];
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
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
    Plans_createPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat of this request with the same key returns the first answer instead of writing again (keys are kept per API key) */
                "Idempotency-Key"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlanDto"];
            };
        };
        responses: {
            201: {
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
    Plans_getPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
    Plans_updatePlan: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read, e.g. "3" */
                "If-Match": string;
                /** @description A repeat of this request with the same key returns the first answer instead of writing again (keys are kept per API key) */
                "Idempotency-Key"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePlanDto"];
            };
        };
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
            /** @description Conflicts with existing data, or the same Idempotency-Key is in progress */
            409: {
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
            /** @description The Idempotency-Key was used for a different request */
            422: {
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
    Plans_listPrograms: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
                /** @description A repeat of this request with the same key returns the first answer instead of writing again (keys are kept per API key) */
                "Idempotency-Key"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
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
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
                /** @description A repeat of this request with the same key returns the first answer instead of writing again (keys are kept per API key) */
                "Idempotency-Key"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
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
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
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
                /** @description A repeat of this request with the same key returns the first answer instead of writing again (keys are kept per API key) */
                "Idempotency-Key"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
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
            /** @description Conflicts with existing data, or the same Idempotency-Key is in progress */
            409: {
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
            /** @description The Idempotency-Key was used for a different request */
            422: {
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
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
                /** @description The ETag of the month you read, e.g. "2"; required to replace a saved month */
                "If-Match"?: string;
                /** @description A repeat of this request with the same key returns the first answer instead of writing again (keys are kept per API key) */
                "Idempotency-Key"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
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
            /** @description Conflicts with existing data, or the same Idempotency-Key is in progress */
            409: {
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
            /** @description The Idempotency-Key was used for a different request */
            422: {
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
    Funding_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
                /** @description A repeat of this request with the same key returns the first answer instead of writing again (keys are kept per API key) */
                "Idempotency-Key"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
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
            /** @description Conflicts with existing data, or the same Idempotency-Key is in progress */
            409: {
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
            /** @description The Idempotency-Key was used for a different request */
            422: {
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
    AnnualPlans_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
                    "application/json": components["schemas"]["AnnualPlanList"];
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
    AnnualPlans_put: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the year’s plan, once it exists */
                "If-Match"?: string;
                /** @description A repeat of this request with the same key returns the first answer instead of writing again (keys are kept per API key) */
                "Idempotency-Key"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutAnnualPlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualPlanView"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualPlanView"];
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
            /** @description If-Match names a version that is no longer current */
            412: {
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
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
                /** @description A repeat of this request with the same key returns the first answer instead of writing again (keys are kept per API key) */
                "Idempotency-Key"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
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
                /** @description A repeat of this request with the same key returns the first answer instead of writing again (keys are kept per API key) */
                "Idempotency-Key"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
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
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
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
                /** @description A repeat of this request with the same key returns the first answer instead of writing again (keys are kept per API key) */
                "Idempotency-Key"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
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
            /** @description Conflicts with existing data, or the same Idempotency-Key is in progress */
            409: {
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
            /** @description The Idempotency-Key was used for a different request */
            422: {
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
                /** @description `annualCategory` (新开工, 续建, 前期, 竣工) needs `year` */
                groupBy: "plan" | "program" | "institution" | "region" | "status" | "buildType" | "fundingSource" | "startYear" | "tier" | "annualCategory";
                /** @description Adds the year’s planned investment (年度计划投资, from the projects’ annual plans) to every row and the total */
                year?: number;
            };
            header?: {
                /** @description An ETag of an earlier answer to the same query */
                "If-None-Match"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Of these figures; send it as If-None-Match to get 304 while they are unchanged */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotalsView"];
                };
            };
            /** @description Not Modified: the figures are those of the ETag sent in If-None-Match */
            304: {
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
                /** @description `annualCategory` (新开工, 续建, 前期, 竣工) needs `year` */
                groupBy: "plan" | "program" | "institution" | "region" | "status" | "buildType" | "fundingSource" | "startYear" | "tier" | "annualCategory";
                /** @description Adds the year’s planned investment (年度计划投资, from the projects’ annual plans) to every row and the total */
                year?: number;
            };
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
                /** @description `annualCategory` (新开工, 续建, 前期, 竣工) needs `year` */
                groupBy: "plan" | "program" | "institution" | "region" | "status" | "buildType" | "fundingSource" | "startYear" | "tier" | "annualCategory";
                /** @description Adds the year’s planned investment (年度计划投资, from the projects’ annual plans) to every row and the total */
                year?: number;
            };
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
            header?: {
                /** @description An ETag of an earlier answer to the same query */
                "If-None-Match"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Of these figures; send it as If-None-Match to get 304 while they are unchanged */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaceView"];
                };
            };
            /** @description Not Modified: the figures are those of the ETag sent in If-None-Match */
            304: {
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
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
    Rounds_list: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor` */
                cursor?: string;
                /** @description A field from the endpoint’s sort whitelist; prefix with `-` for descending */
                sort?: string;
                status?: "open" | "closed";
                planId?: string;
                period?: string;
            };
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
                    "application/json": components["schemas"]["RoundPage"];
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
    Rounds_open: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat of this request with the same key returns the first answer instead of writing again (keys are kept per API key) */
                "Idempotency-Key"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenRoundDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundDetailView"];
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
    Rounds_detail: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
                    "application/json": components["schemas"]["RoundDetailView"];
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
    Rounds_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version you read, as "<version>"; when sent, a stale one gets 412 */
                "If-Match"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
                    "application/json": components["schemas"]["RoundDetailView"];
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
    Rounds_reports: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor` */
                cursor?: string;
                /** @description A field from the endpoint’s sort whitelist; prefix with `-` for descending */
                sort?: string;
                status?: "pending" | "draft" | "submitted" | "returned" | "approved";
                institutionId?: string;
            };
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
                    "application/json": components["schemas"]["ReportPage"];
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
    Rounds_report: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
                projectId: string;
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
                    "application/json": components["schemas"]["ReportView"];
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
    Rounds_save: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the report, once it has been saved */
                "If-Match"?: string;
                /** @description A repeat of this request with the same key returns the first answer instead of writing again (keys are kept per API key) */
                "Idempotency-Key"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutReportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportView"];
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
            /**
             * @description Conflicts with existing data, or the same Idempotency-Key is in progress
             *
             *     Conflicts with existing data, or the same Idempotency-Key is in progress
             */
            409: {
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
            /** @description The Idempotency-Key was used for a different request */
            422: {
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
    Rounds_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version you read, as "<version>"; when sent, a stale one gets 412 */
                "If-Match"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
                projectId: string;
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
                    "application/json": components["schemas"]["ReportView"];
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
            /** @description If-Match names a version that is no longer current */
            412: {
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
    Rounds_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version you read, as "<version>"; when sent, a stale one gets 412 */
                "If-Match"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
                projectId: string;
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
                    "application/json": components["schemas"]["ReportView"];
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
    Rounds_return: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version you read, as "<version>"; when sent, a stale one gets 412 */
                "If-Match"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnReportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportView"];
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
    Problems_list: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor` */
                cursor?: string;
                /** @description A field from the endpoint’s sort whitelist; prefix with `-` for descending */
                sort?: string;
                /** @description A region and the regions under it */
                regionCode?: string;
                planId?: string;
                institutionId?: string;
                projectId?: string;
                category?: "land" | "funding" | "approval" | "demolition" | "construction" | "other";
                status?: "open" | "resolved";
                /** @description true: open and past the due date; false: the others */
                overdue?: boolean;
            };
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
                    "application/json": components["schemas"]["ProblemPage"];
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
    Problems_listForProject: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor` */
                cursor?: string;
                /** @description A field from the endpoint’s sort whitelist; prefix with `-` for descending */
                sort?: string;
            };
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
                    "application/json": components["schemas"]["ProblemPage"];
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
    Problems_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat of this request with the same key returns the first answer instead of writing again (keys are kept per API key) */
                "Idempotency-Key"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProblemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectProblemView"];
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
    Problems_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
                    "application/json": components["schemas"]["ProjectProblemView"];
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
    Problems_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read, e.g. "3" */
                "If-Match": string;
                /** @description A repeat of this request with the same key returns the first answer instead of writing again (keys are kept per API key) */
                "Idempotency-Key"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProblemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectProblemView"];
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
            /** @description If-Match names a version that is no longer current */
            412: {
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
    AnnualSheet_xlsx: {
        parameters: {
            query: {
                /** @description The year of the annual plans */
                year: number;
                /** @description The month of the progress figures, within the year */
                period: string;
            };
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
            };
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
    AnnualSheet_csv: {
        parameters: {
            query: {
                /** @description The year of the annual plans */
                year: number;
                /** @description The month of the progress figures, within the year */
                period: string;
            };
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV */
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
    MyProjects_list: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor` */
                cursor?: string;
                /** @description A field from the endpoint’s sort whitelist; prefix with `-` for descending */
                sort?: string;
                /** @description One of the key’s institutions */
                institutionId?: string;
            };
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
                    "application/json": components["schemas"]["MyProjectPage"];
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
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
                /** @description A repeat of this request with the same key returns the first answer instead of writing again (keys are kept per API key) */
                "Idempotency-Key"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
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
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
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
                /** @description A repeat of this request with the same key returns the first answer instead of writing again (keys are kept per API key) */
                "Idempotency-Key"?: string;
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
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
            /** @description Conflicts with existing data, or the same Idempotency-Key is in progress */
            409: {
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
            /** @description The Idempotency-Key was used for a different request */
            422: {
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
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
    Webhooks_retry: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
                deliveryId: string;
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
                    "application/json": components["schemas"]["DeliveryView"];
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
                institutionId?: string;
                /** @description true: every reminder, resolved and superseded ones too. By default only the current one of each milestone, problem or round (per institution): unresolved, the latest stage (escalated, then overdue, then due soon) */
                history?: boolean;
            };
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
    Notifications_acknowledgeAll: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcknowledgeNotificationsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcknowledgedView"];
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
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
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
                /** @description Preview: report exactly what the import would do, write nothing */
                dryRun?: boolean;
                /** @description The plan a project list (.xlsx, .xls, .csv) is for; required for lists */
                planCode?: string;
                /** @description The sheet to read, when a workbook has several with project rows */
                sheet?: string;
                /** @description The year of a list’s annual figures (年度计划投资), when its title and headers do not say */
                year?: number;
                /** @description The month a list’s progress figures (累计完成投资, 进展情况) are as of, when its title and headers do not say */
                period?: string;
                /** @description The division of a plan document whose title names it ambiguously (市中区) */
                regionCode?: string;
                /** @description The first row of the row-by-row preview to return */
                rowOffset?: number;
                /** @description How many rows of the row-by-row preview to return (0 for none) */
                rowLimit?: number;
            };
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description A plan document (.txt) or a project list (.xlsx, .xls, .csv)
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
            /** @description Conflicts with existing data, or the same Idempotency-Key is in progress */
            409: {
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
                entityType?: "plan" | "institution" | "project" | "milestone" | "progress_report" | "annual_plan" | "funding" | "webhook" | "webhook_delivery" | "api_key" | "reporting_round" | "round_report" | "problem";
                /** @description The audited entity’s id (for progress reports `<projectId>/<YYYY-MM>`) */
                entityId?: string;
                /** @description The API key that made the change */
                actorId?: string;
                /** @description Entries at or after this instant */
                since?: string;
            };
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
    Outbox_list: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor` */
                cursor?: string;
                /** @description A field from the endpoint’s sort whitelist; prefix with `-` for descending */
                sort?: string;
                /** @description `pending`: written, not yet published to the queue; `published`: in the queue, not yet handled; `handled`; `unhandled`: pending or published (the backlog of `hct_outbox_backlog`) */
                status?: "pending" | "published" | "handled" | "unhandled";
                /** @description Only events of this type */
                type?: string;
            };
            header?: {
                /** @description zh (zh-CN, zh-Hans …) as the preferred language: problem details and field messages in Chinese; otherwise English */
                "Accept-Language"?: string;
            };
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
                    "application/json": components["schemas"]["OutboxEventPage"];
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
