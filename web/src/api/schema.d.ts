// Generated from the OpenAPI document the server serves (/api/v1/openapi.json, printed by
// `orbis openapi`) by openapi-typescript: do not edit. Regenerate with `npm run api-types`;
// scripts/test fails when this file differs from what the current document gives.
export interface paths {
    "/api/v1/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one's own account: sessions, second factor, calendar feed */
        get: operations["get_account"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/calendar-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one's calendar feed token (its URL stops working) */
        delete: operations["delete_account_calendar_token"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one's own password (ends every session and starts a new one) */
        post: operations["post_account_password"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one of one's own sessions */
        delete: operations["delete_account_sessions_id"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start setting up a second factor (TOTP): a new secret and its QR code */
        post: operations["post_account_totp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn the second factor on with a code from the authenticator app */
        post: operations["post_account_totp_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn the second factor off (the password and a current code) */
        post: operations["post_account_totp_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List agreements (a partner sees only its own institution's) */
        get: operations["get_agreements"];
        put?: never;
        /** Add an agreement (as a draft) */
        post: operations["post_agreements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import agreements from CSV (dry_run=true checks every row and changes nothing) */
        post: operations["post_agreements_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List agreements expiring within 180, 90 or 30 days, and conditions with unused seats */
        get: operations["get_agreements_reminders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an agreement with parties, conditions, history and attachments */
        get: operations["get_agreements_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an agreement (If-Match: the ETag you read; lists given are replaced) */
        patch: operations["patch_agreements_id"];
        trace?: never;
    };
    "/api/v1/agreements/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a file (the body is the file; X-Filename names it; at most 10 MiB) */
        post: operations["post_agreements_id_attachments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/attachments/{attachment}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment */
        get: operations["get_agreements_id_attachments_attachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the discussion of an agreement, the oldest comment first */
        get: operations["get_agreements_id_comments"];
        put?: never;
        /** Comment on an agreement */
        post: operations["post_agreements_id_comments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/ewp-iia": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the agreement as an EWP IIA v7 get-response with its iia-hash */
        get: operations["get_agreements_id_ewp_iia"];
        put?: never;
        /** Keep the partner's IIA v7 document beside ours and compare them field by field */
        post: operations["post_agreements_id_ewp_iia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/ewp-iia/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the partner's IIA copy (only when both iia-hashes match) */
        post: operations["post_agreements_id_ewp_iia_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an agreement through its life cycle */
        post: operations["post_agreements_id_transitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My applications, with their results */
        get: operations["get_applications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an application, its verdicts per preference and its result */
        get: operations["get_applications_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a draft's preferences or motivation (saved as you type; If-Match) */
        patch: operations["patch_applications_id"];
        trace?: never;
    };
    "/api/v1/applications/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a seat the host accepted */
        post: operations["post_applications_id_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a document to a draft (the body is the PDF, PNG or JPEG; ?kind=&name=) */
        post: operations["post_applications_id_documents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/documents/{document}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a document of an application */
        get: operations["get_applications_id_documents_document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Score the interview and motivation, 0 to 100 (If-Match) */
        post: operations["post_applications_id_score"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Begin the submission: a submission begun before the close is accepted for 30 minutes after it */
        post: operations["post_applications_id_submission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit (If-Match): eligibility is decided per preference and the score computed */
        post: operations["post_applications_id_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an application (its stay, if any, is cancelled) */
        post: operations["post_applications_id_withdraw"];
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
        /** Read the audit log, oldest first */
        get: operations["get_audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check the audit log's hash chain */
        get: operations["get_audit_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password (and the code of a second factor) */
        post: operations["post_auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out (ends this session) */
        post: operations["post_auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the signed-in user */
        get: operations["get_auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a one-time reset link's token */
        post: operations["post_auth_password_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a user's iCalendar feed of agreement expiries (the secret token is the credential) */
        get: operations["get_calendar_token"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List calls for applications (a student sees the open ones and their own) */
        get: operations["get_calls"];
        put?: never;
        /** Open a call for applications */
        post: operations["post_calls"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a call with its offers */
        get: operations["get_calls_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a call (If-Match: the ETag you read) */
        patch: operations["patch_calls_id"];
        trace?: never;
    };
    "/api/v1/calls/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications to a call (a coordinator sees their org unit's, a student their own) */
        get: operations["get_calls_id_applications"];
        put?: never;
        /** Apply (as a draft) with ranked offer ids; a student for themselves */
        post: operations["post_calls_id_applications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/applications/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a call's applications from CSV (dry_run=true, the default, changes nothing) */
        post: operations["post_calls_id_applications_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nominate every placed applicant of the call to their host */
        post: operations["post_calls_id_nominations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an offer from an agreement condition or a programme (seats, host and rules default from it) */
        post: operations["post_calls_id_offers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/placement-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The call's placement runs, newest first */
        get: operations["get_calls_id_placement_runs"];
        put?: never;
        /** Place the call's eligible applicants (after the call closes) */
        post: operations["post_calls_id_placement_runs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/refill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give seats freed by withdrawals and host rejections to the next on the waiting lists (a new published run) */
        post: operations["post_calls_id_refill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List ISO 3166-1 countries with English and Chinese names, by code */
        get: operations["get_countries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List issued credentials (a student sees their own) */
        get: operations["get_credentials"];
        put?: never;
        /** Issue a verifiable credential (exchange completion, transcript, programme participation) */
        post: operations["post_credentials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials/issuer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read where credentials issued now say they come from (the DID and public URL), and whether that address names this computer alone, so that nobody else could verify them */
        get: operations["get_credentials_issuer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials/keys/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate the issuer key (what older keys signed keeps verifying) */
        post: operations["post_credentials_keys_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials/status/{purpose}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a signed Bitstring Status List credential (revocation or suspension) */
        get: operations["get_credentials_status_purpose"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials/{credential}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an issued credential */
        get: operations["get_credentials_credential"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials/{credential}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke, suspend or reinstate a credential */
        post: operations["post_credentials_credential_status"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check that the server answers and its database can be written (503 when not) */
        get: operations["get_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What waits for the reader: each task of its role with how many records and the first five, within the reader's scope */
        get: operations["get_home"];
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
        /** Every indicator per academic year, with its definition, source, numerator and denominator */
        get: operations["get_indicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/certification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tables the Quality Certification for International Students asks for, as far as Orbis holds their records: per academic year, the incoming students with stays begun by level of study, nationality and language of instruction, and the scholarship holders among them */
        get: operations["get_indicators_certification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/exchange_balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every partner's exchange in an academic year: students and months out to it and in from it, and the balance; the most students exchanged first, a page at a time */
        get: operations["get_indicators_exchange_balance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/exchange_balance/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same exchange per agreement and partner (stays under no agreement in rows of their own); the most students exchanged first, a page at a time */
        get: operations["get_indicators_exchange_balance_agreements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The figures the office entered per academic year (students enrolled, academic staff, …) */
        get: operations["get_indicators_figures"];
        /** Enter a figure for an academic year, or replace it */
        put: operations["put_indicators_figures"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/figures/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter figures from CSV (measure, year, value, source, org_unit: an org unit's code or empty; dry_run=true by default) */
        post: operations["post_indicators_figures_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/funding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The funding of the students' stays begun in an academic year, by direction, source, scholarship, sponsor and currency: the students funded and the amounts */
        get: operations["get_indicators_funding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/national": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The institution's students out and in per academic year beside its country's internationally mobile students as UNESCO publishes them */
        get: operations["get_indicators_national"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/national/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same years as a list, oldest first, which also exports (CSV, XLSX) */
        get: operations["get_indicators_national_years"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The partners of the agreements in force in an academic year and the students exchanged with them, by country, region or type; the most partners first */
        get: operations["get_indicators_partners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The university's programmes (exchanges, summer and winter schools, …) with the students on them whose stays began in an academic year, out and in; the most students first */
        get: operations["get_indicators_programmes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/recognition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per partner: ECTS in approved learning agreements and ECTS recognised at home */
        get: operations["get_indicators_recognition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every indicator of the years asked for as an Excel workbook: a sheet of every value, then one per indicator with its definition, its years and the people behind each number (lang=en|zh for the headings) */
        get: operations["get_indicators_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/seat_utilisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cooperation conditions of the agreements in force in an academic year, with their seats and the stays using them, by id a page at a time */
        get: operations["get_indicators_seat_utilisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/seat_utilisation/totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The seats of those conditions and their use, together */
        get: operations["get_indicators_seat_utilisation_totals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The targets the office set per indicator and academic year */
        get: operations["get_indicators_targets"];
        /** Set the target of an indicator for an academic year, or replace it */
        put: operations["put_indicators_targets"];
        post?: never;
        /** Remove the target of an indicator for an academic year */
        delete: operations["delete_indicators_targets"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{indicator}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people an indicator counts for a year, by id: as many as its numerator */
        get: operations["get_indicators_indicator_records"];
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
        /** Search institutions by any name, acronym or web domain */
        get: operations["get_institutions"];
        put?: never;
        /** Add an institution */
        post: operations["post_institutions"];
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
        /** Read an institution with all its names and org units */
        get: operations["get_institutions_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an institution (If-Match: the ETag you read) */
        patch: operations["patch_institutions_id"];
        trace?: never;
    };
    "/api/v1/institutions/{id}/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An institution's course catalogue, by code */
        get: operations["get_institutions_id_courses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/institutions/{id}/courses/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a course catalogue from CSV (code, title, title_zh, title_local, credits, credit_system, level, language, isced, term; dry_run=true by default) */
        post: operations["post_institutions_id_courses_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/institutions/{id}/credit-system": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The institution's credit system and its ECTS per credit */
        get: operations["get_institutions_id_credit_system"];
        /** Set the institution's credit system and its ECTS per credit */
        put: operations["put_institutions_id_credit_system"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/institutions/{id}/org-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an institution's org units, by name */
        get: operations["get_institutions_id_org_units"];
        put?: never;
        /** Add an org unit (faculty, school, department, office) */
        post: operations["post_institutions_id_org_units"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/institutions/{id}/research": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the institution does with a partner: the works published with it year by year, whether it is a sustained partner, its joint projects, the scholars' visits from and to it, and its agreements with the projects and visits each carries */
        get: operations["get_institutions_id_research"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/joint-courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Courses taught with a partner (each role sees its own scope: a department its own, a partner those taught with it), the latest academic year first */
        get: operations["get_joint_courses"];
        put?: never;
        /** Record a course taught with a partner (a coordinator one of their department) */
        post: operations["post_joint_courses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/joint-courses/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The courses taught with partners and their students on each side, by academic year and mode, in the reader's scope: virtual and shared teaching beside mobility */
        get: operations["get_joint_courses_years"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/joint-courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a course taught with a partner */
        get: operations["get_joint_courses_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a course with the members sent (If-Match) */
        patch: operations["patch_joint_courses_id"];
        trace?: never;
    };
    "/api/v1/joint-programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** China-foreign joint programmes and institutes (each role sees its own scope), by name, each with its four one-thirds per year */
        get: operations["get_joint_programmes"];
        put?: never;
        /** Record a joint programme with its approval and teaching plans (409 when another holds its approval number) */
        post: operations["post_joint_programmes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/joint-programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a joint programme with its partners, plans and each year's four one-thirds */
        get: operations["get_joint_programmes_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a joint programme with the members sent (If-Match) */
        patch: operations["patch_joint_programmes_id"];
        trace?: never;
    };
    "/api/v1/mobilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stays abroad, outgoing and incoming (each role sees its own scope) */
        get: operations["get_mobilities"];
        put?: never;
        /** Record a stay directly (staff exchanges, stays outside calls) */
        post: operations["post_mobilities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilities/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import stays from CSV (dry_run=true, the default, checks every row and changes nothing) */
        post: operations["post_mobilities_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a stay with its history */
        get: operations["get_mobilities_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a stay's dates, funding or references (If-Match) */
        patch: operations["patch_mobilities_id"];
        trace?: never;
    };
    "/api/v1/mobilities/{id}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue the credential a completed stay earned (exchange_completion or programme_participation; by default from the stay's programme) */
        post: operations["post_mobilities_id_credentials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilities/{id}/ewp-la": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The learning agreement as an EWP omobility-las v1.2 get-response (XML, schema-valid) */
        get: operations["get_mobilities_id_ewp_la"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilities/{id}/learning-agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A stay's learning agreement: versions with approvals, transcript, recognition */
        get: operations["get_mobilities_id_learning_agreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilities/{id}/learning-agreement/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose the learning agreement, or a change to it (the student or the sending side) */
        post: operations["post_mobilities_id_learning_agreement_versions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilities/{id}/learning-agreement/versions/{number}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a version by signing its SHA-256 (the student, the sending and the receiving side) */
        post: operations["post_mobilities_id_learning_agreement_versions_number_approval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilities/{id}/learning-agreement/versions/{number}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on a version instead of approving it */
        post: operations["post_mobilities_id_learning_agreement_versions_number_comments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilities/{id}/recognition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Credit home courses with converted grades (approve: true makes the stay recognised) */
        post: operations["post_mobilities_id_recognition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilities/{id}/transcript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Enter the host's results (the receiving institution): code, title, credits, grade, scale, date */
        put: operations["put_mobilities_id_transcript"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilities/{id}/transcript/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import the host's results from CSV or EWP/ELMO XML (validated against the schema) */
        post: operations["post_mobilities_id_transcript_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilities/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a stay: preparing, abroad, completed, recognised, or cancelled with a reason (If-Match) */
        post: operations["post_mobilities_id_transitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nominations in a state (default pending): ours to partners and partners' to us */
        get: operations["get_nominations"];
        put?: never;
        /** Nominate an incoming student or staff member (a partner for its own institution) */
        post: operations["post_nominations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/nominations/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept or reject a nomination (the receiving institution; a rejection needs a reason) */
        post: operations["post_nominations_id_decision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read this API's OpenAPI 3.1 description */
        get: operations["get_openapi_json"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List students and staff (a coordinator sees their org unit, a student themselves) */
        get: operations["get_people"];
        put?: never;
        /** Add a student or staff member */
        post: operations["post_people"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/graduations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter students' graduation years from CSV (email, graduated_in: an academic year such as 2025/2026, or empty to clear it; dry_run=true by default) */
        post: operations["post_people_graduations_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a student or staff member */
        get: operations["get_people_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a student or staff member (If-Match: the ETag you read) */
        patch: operations["patch_people_id"];
        trace?: never;
    };
    "/api/v1/placement-runs/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Two runs of a call side by side: statistics and every applicant placed differently */
        get: operations["get_placement_runs_compare"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/placement-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A placement run with its input and output */
        get: operations["get_placement_runs_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/placement-runs/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a run: applicants see their result and why */
        post: operations["post_placement_runs_id_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List programmes (a partner sees those it hosts) */
        get: operations["get_programmes"];
        put?: never;
        /** Add a programme */
        post: operations["post_programmes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a programme */
        get: operations["get_programmes_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a programme (If-Match: the ETag you read) */
        patch: operations["patch_programmes_id"];
        trace?: never;
    };
    "/api/v1/public/credentials/{credential}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a credential by its id (the QR code's link), for verification */
        get: operations["get_public_credentials_credential"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/credentials/{credential}/qr.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A QR code of the credential's verification page */
        get: operations["get_public_credentials_credential_qr_svg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published programmes, for prospective students (no sign-in) */
        get: operations["get_public_programmes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/research-projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Joint research projects (each role sees its own scope: a department those it leads, a partner those it is a partner in), the latest start first */
        get: operations["get_research_projects"];
        put?: never;
        /** Record a joint research project (a coordinator one their department leads) */
        post: operations["post_research_projects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/research-projects/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record projects from a CSV file (one project a row; docs/research.md lists the columns; dry_run=true by default). Every bad row is reported and nothing is written when there is one */
        post: operations["post_research_projects_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/research-projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a project with its partners, investigators, funding, outputs, and the agreements and visits it links to that the reader may read */
        get: operations["get_research_projects_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a project with the members sent (If-Match) */
        patch: operations["patch_research_projects_id"];
        trace?: never;
    };
    "/api/v1/research/co-publications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The institutions the home institution published with over the years asked for: their co-publications per year and whether each is a sustained partner abroad; the most co-publications first */
        get: operations["get_research_co_publications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/research/publications/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the institution's publications from an OpenAlex works extract (JSON Lines, one work a line, as the OpenAlex snapshot and API give them; dry_run=true by default). A work already recorded (by its OpenAlex id) is replaced; with replace=true, those recorded and not in the extract are removed */
        post: operations["post_research_publications_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dated, cited rule sets Orbis applies (legal clocks, work-permit points), with their sources */
        get: operations["get_rules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scholars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scholar cases (each role sees its own scope), the latest planned start first */
        get: operations["get_scholars"];
        put?: never;
        /** Ask for a scholar's stay (a coordinator for their own department) or record one; the case starts as requested */
        post: operations["post_scholars"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scholars/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every legal clock past its time on the incoming scholars here now that the reader may see (the office's, a coordinator's department's), the most overdue first */
        get: operations["get_scholars_overdue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scholars/work-permit-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** China's work-permit category and points for what is given, under each points table holding on the day (the sources disagree: each result is given, and which applied), with the points of each item and the evidence still missing */
        post: operations["post_scholars_work_permit_points"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scholars/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a scholar case with its events, clocks, tasks and history */
        get: operations["get_scholars_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a case's plan, references or permits (If-Match) */
        patch: operations["patch_scholars_id"];
        trace?: never;
    };
    "/api/v1/scholars/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Keep a document on the case (the body is the file; X-Filename names it; kind says what it is; PDF, PNG, JPEG or plain text, at most 10 MiB) */
        post: operations["post_scholars_id_documents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scholars/{id}/documents/{document}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a document kept on the case (those who see its personal data) */
        get: operations["get_scholars_id_documents_document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scholars/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an entry into China (the first is the arrival), a move, a change or an exit (If-Match) */
        post: operations["post_scholars_id_events"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scholars/{id}/events/{event}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a recorded event with the members sent, such as when the registration was made or the change filed (done_at) (If-Match) */
        put: operations["put_scholars_id_events_event"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scholars/{id}/orcid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stay as an ORCID record 3.0 item (XML): an employment for faculty recruited, an invited position for a visit or an exchange; for the scholar, the department and the office, once the scholar has arrived */
        get: operations["get_scholars_id_orcid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scholars/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a case: screening, approval, decline and closing are the office's; a decline or withdrawal needs a reason, an extension its new end (If-Match) */
        post: operations["post_scholars_id_transitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the agreement settings (the notice period before expiry) */
        get: operations["get_settings_agreements"];
        /** Change the notice period before expiry */
        put: operations["put_settings_agreements"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the home institution */
        get: operations["get_settings_home"];
        /** Choose the home institution */
        put: operations["put_settings_home"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/security": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the security settings */
        get: operations["get_settings_security"];
        /** Require admins to sign in with a second factor, or not */
        put: operations["put_settings_security"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: operations["get_users"];
        put?: never;
        /** Add a user with a role and scope */
        post: operations["post_users"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a user */
        get: operations["get_users_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user's name, role, scope or whether it is active (If-Match) */
        patch: operations["patch_users_id"];
        trace?: never;
    };
    "/api/v1/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a one-time password reset link for a user (shown once) */
        post: operations["post_users_id_password_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a user's second factor (a lost phone) */
        delete: operations["delete_users_id_totp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify a credential: signature, issuer, dates and status */
        post: operations["post_verify"];
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
        AcademicYears: {
            /** @description e.g. 2025/2026 */
            first: string;
            /** @description e.g. 2029/2030 */
            last: string;
        };
        AcademicYearsInput: {
            /** @description e.g. 2025/2026 */
            first?: string | null;
            /** @description e.g. 2029/2030 */
            last?: string | null;
        };
        Account: {
            /** @description null when there is no feed */
            calendar: components["schemas"]["CalendarFeed"] | null;
            second_factor: components["schemas"]["SecondFactorState"];
            sessions: components["schemas"]["Session"][];
            user: components["schemas"]["User"];
        };
        Agreement: {
            /** @description What the reader may do with the agreement now: change it, move it (to one of allowed_transitions), comment, name the one partner a comment is for, attach a file, import the partner's EWP copy, approve the imported copy not yet approved (refused unless ewp.our_hash equals ewp.partner_hash). */
            allowed_actions: ("update" | "transition" | "comment" | "address_partner" | "attach" | "import_ewp" | "approve_ewp")[];
            /** @description the statuses the reader may move the agreement to now, from its effective status */
            allowed_transitions: ("draft" | "negotiation" | "signed" | "active" | "expiring" | "expired" | "terminated" | "renewed")[];
            attachments: components["schemas"]["Attachment"][];
            auto_renewal: boolean;
            /** @description stays out to and in from each partner the reader may see */
            balance: components["schemas"]["PartnerBalance"][];
            code: string;
            conditions: components["schemas"]["Condition"][];
            /** @description until the end date, for active agreements */
            days_left: number | null;
            end_date: string | null;
            ewp: components["schemas"]["AgreementEwpState"];
            history: components["schemas"]["AgreementStatusChange"][];
            id: number;
            kinds: ("student_exchange" | "staff_exchange" | "joint_research" | "curriculum_development" | "joint_degree" | "summer_programme" | "internship" | "framework_mou")[];
            notes: string;
            parties: components["schemas"]["Party"][];
            partners: components["schemas"]["PartyInstitution"][];
            start_date: string;
            /**
             * @description the effective status, including expiring, expired
             * @enum {string}
             */
            status: "draft" | "negotiation" | "signed" | "active" | "expiring" | "expired" | "terminated" | "renewed";
            /** @enum {string} */
            stored_status: "draft" | "negotiation" | "signed" | "active" | "expiring" | "expired" | "terminated" | "renewed";
            tags: string[];
            title: string;
            version: number;
        };
        AgreementEwpState: {
            approved_at: string | null;
            approved_hash: string | null;
            /** @description null when EWP cannot express the agreement */
            our_hash: string | null;
            partner_hash: string | null;
        };
        AgreementExchange: {
            academic_year: string;
            /** @description the agreement the stays were under; null for stays under none */
            agreement: components["schemas"]["BalanceAgreement"] | null;
            incoming_months: number;
            /** @description the partner's students who came under it */
            incoming_people: number;
            /** @description incoming less outgoing months */
            months_balance: number;
            /** @description their stays' months (30 days each), to one decimal place */
            outgoing_months: number;
            /** @description students who went to the partner under it */
            outgoing_people: number;
            partner: components["schemas"]["IndicatorPartner"];
            /** @description incoming less outgoing students */
            people_balance: number;
        };
        AgreementInput: {
            auto_renewal?: boolean;
            code?: string | null;
            conditions?: components["schemas"]["ConditionInput"][];
            /** @description ISO date; null for no end */
            end_date?: string | null;
            kinds?: ("student_exchange" | "staff_exchange" | "joint_research" | "curriculum_development" | "joint_degree" | "summer_programme" | "internship" | "framework_mou")[];
            notes?: string | null;
            parties?: components["schemas"]["PartyInput"][];
            /** @description ISO date */
            start_date?: string | null;
            tags?: string[];
            title?: string | null;
        };
        AgreementResearch: {
            code: string | null;
            /** @description none: open-ended */
            end_date: string | null;
            id: number;
            /** @description research projects linked to it */
            projects: number;
            start_date: string;
            status: string;
            title: string;
            /** @description scholars' stays under it, declined and withdrawn ones not counted */
            visits: number;
        };
        AgreementSettings: {
            /** @description days before the end date an agreement is expiring */
            notice_days: number;
        };
        AgreementSettingsInput: {
            /** @description days before the end date an agreement is expiring (required) */
            notice_days?: number | null;
        };
        AgreementStatusChange: {
            actor: string;
            at: string;
            /** @enum {string} */
            from: "draft" | "negotiation" | "signed" | "active" | "expiring" | "expired" | "terminated" | "renewed";
            reason: string;
            /** @enum {string} */
            to: "draft" | "negotiation" | "signed" | "active" | "expiring" | "expired" | "terminated" | "renewed";
        };
        AgreementSummary: {
            auto_renewal: boolean;
            /** @description stays out to and in from each partner the reader may see */
            balance: components["schemas"]["PartnerBalance"][];
            code: string;
            conditions: components["schemas"]["Condition"][];
            /** @description until the end date, for active agreements */
            days_left: number | null;
            end_date: string | null;
            id: number;
            kinds: ("student_exchange" | "staff_exchange" | "joint_research" | "curriculum_development" | "joint_degree" | "summer_programme" | "internship" | "framework_mou")[];
            notes: string;
            parties: components["schemas"]["Party"][];
            partners: components["schemas"]["PartyInstitution"][];
            start_date: string;
            /**
             * @description the effective status, including expiring, expired
             * @enum {string}
             */
            status: "draft" | "negotiation" | "signed" | "active" | "expiring" | "expired" | "terminated" | "renewed";
            /** @enum {string} */
            stored_status: "draft" | "negotiation" | "signed" | "active" | "expiring" | "expired" | "terminated" | "renewed";
            tags: string[];
            title: string;
            version: number;
        };
        Application: {
            /** @description what the reader may do with it at its status: edit, add_document, submit, withdraw, score, confirm */
            allowed_actions: string[];
            readonly call_id: number;
            readonly created_at: string;
            /** @description left out with the motivation */
            readonly documents?: components["schemas"]["ApplicationDocument"][];
            readonly history: components["schemas"]["HistoryEntry"][];
            readonly id: number;
            /** @description 0 to 100 */
            readonly interview_score: number | null;
            /** @description left out for a reader who may not see the application's files */
            motivation?: string;
            /** @description 0 to 100 */
            readonly motivation_score: number | null;
            readonly org_unit_id: number | null;
            /** @description the applicant; gpa, gpa_scale and email only for readers who may see them */
            person: {
                display_name: string;
                email?: string;
                family_name: string;
                field: string;
                given_name: string;
                gpa?: number | null;
                gpa_scale?: string;
                id: number;
                level: number | null;
                name_zh: string;
            };
            /** @description the applicant; a student applies for themselves */
            person_id: number;
            /** @description offer ids, best first */
            preferences: number[];
            /** @description when a placement run is published */
            readonly result: components["schemas"]["PlacementResult"] | null;
            /** @description by the call's weights */
            readonly score: number | null;
            readonly scored_by: string;
            /** @enum {string} */
            readonly status: "draft" | "submitted" | "eligible" | "ineligible" | "placed" | "waitlisted" | "unplaced" | "nominated" | "accepted" | "rejected" | "confirmed" | "withdrawn";
            readonly submit_started_at: string;
            readonly submitted_at: string;
            readonly updated_at: string;
            /** @description one per preference, when submitted */
            readonly verdicts: components["schemas"]["Verdict"][];
            readonly version: number;
        };
        ApplicationChangesInput: {
            /** @description null clears it */
            motivation?: string | null;
            /** @description offer ids, best first */
            preferences?: number[];
        };
        ApplicationDocument: {
            content_type: string;
            id: number;
            /** @description transcript, language_certificate, motivation_letter, cv, passport, other */
            kind: string;
            name: string;
            sha256: string;
            /** @description bytes */
            size: number;
            uploaded_at: string;
        };
        ApplicationInput: {
            /** @description left out for a reader who may not see the application's files */
            motivation?: string | null;
            /** @description the applicant; a student applies for themselves */
            person_id?: number;
            /** @description offer ids, best first */
            preferences?: number[];
        };
        Attachment: {
            content_type: string;
            filename: string;
            id: number;
            /** @description the partner the file is for (an annex); null: every party */
            institution_id: number | null;
            /** @description hex, of the content */
            sha256: string;
            size: number;
            uploaded_at: string;
            uploaded_by: string;
        };
        AuditEntry: {
            /** @description e.g. institution.update */
            action: string;
            /** @description a user's email, cli or system */
            actor: string;
            /** @description The record after; any JSON, null for none. */
            after: unknown;
            at: string;
            /** @description The record before; any JSON, null for none. */
            before: unknown;
            entity: string;
            entity_id: string;
            /** @description hex SHA-256 over the entry */
            hash: string;
            prev_hash: string;
            /** @description 1, 2, 3, … without gaps */
            seq: number;
        };
        AuditVerification: {
            entries: number;
            intact: boolean;
            problems: {
                problem: string;
                seq: number;
            }[];
        };
        BalanceAgreement: {
            code: string;
            id: number;
            title: string;
        };
        CalendarFeed: {
            /** @description null for feeds older than this record */
            created_at: string | null;
            readonly url: string;
        };
        Call: {
            /** @description e.g. 2027/2028 */
            academic_year: string;
            /** @description what the reader may do with the call now: update, add_offer, apply, import_applications, place, refill, nominate */
            allowed_actions: string[];
            /** @description not shown to students */
            applications?: components["schemas"]["CallApplicationCounts"];
            /** @description ISO 8601 with offset */
            closes_at: string;
            /** @description unique: e.g. OUT-2027-AUT */
            code: string;
            eligibility: components["schemas"]["EligibilityRules"];
            readonly id: number;
            max_preferences: number;
            offers: components["schemas"]["Offer"][];
            /** @description ISO 8601 with offset */
            opens_at: string;
            /** @description a faculty's own call; null: the university */
            org_unit_id: number | null;
            /** @enum {string} */
            phase: "upcoming" | "open" | "closed";
            readonly published_run_id: number | null;
            /** @description autumn, spring, full_year, summer or winter */
            term: string;
            /** @description IANA, for display */
            time_zone: string;
            title: string;
            title_zh: string;
            readonly version: number;
            /** @description of the score's parts; they sum to 1 */
            weights: components["schemas"]["ScoringWeights"];
        };
        CallApplicationCounts: {
            submitted: number;
            total: number;
        };
        CallInput: {
            /** @description e.g. 2027/2028 */
            academic_year?: string | null;
            /** @description ISO 8601 with offset */
            closes_at?: string | null;
            /** @description unique: e.g. OUT-2027-AUT */
            code?: string | null;
            eligibility?: components["schemas"]["EligibilityRulesInput"];
            max_preferences?: number;
            offers?: components["schemas"]["OfferInput"][];
            /** @description ISO 8601 with offset */
            opens_at?: string | null;
            /** @description a faculty's own call; null: the university */
            org_unit_id?: number | null;
            /** @description autumn, spring, full_year, summer or winter */
            term?: string | null;
            /** @description IANA, for display */
            time_zone?: string | null;
            title?: string | null;
            title_zh?: string | null;
            /** @description of the score's parts; they sum to 1 */
            weights?: components["schemas"]["ScoringWeightsInput"];
        };
        Certification: {
            /** @description the years asked for, oldest first */
            items: components["schemas"]["CertificationYear"][];
        };
        CertificationCount: {
            /** @description an EQF level ("6"), a nationality (ISO 3166-1 alpha-2) or a language of instruction (ISO 639-1); null when not recorded */
            key: string | null;
            /** @description its name, where Orbis has one */
            name: string | null;
            name_zh: string | null;
            students: number;
        };
        CertificationYear: {
            academic_year: string;
            /** @description by the language of instruction of their first stay of the year, the most first */
            languages: components["schemas"]["CertificationCount"][];
            /** @description those students by level of study, upwards */
            levels: components["schemas"]["CertificationCount"][];
            /** @description by nationality, the most students first */
            nationalities: components["schemas"]["CertificationCount"][];
            /** @description those funded by a source other than themselves, each once */
            scholarship_holders: number;
            /** @description their funding by source, scholarship, sponsor and currency */
            scholarships: components["schemas"]["FundingGroup"][];
            /** @description incoming students with a stay begun in the year, each once */
            students: number;
            /** @description the academic year, by the year it begins in */
            year: number;
        };
        CoPublicationPartner: {
            /** @description of a known country other than the home institution's */
            abroad: boolean;
            /** @description agreements in force with it: signed, active or expiring */
            agreements: number;
            /** @description ISO 3166-1 alpha-2, as the source gives it */
            country: string | null;
            /** @description in the registry; null when it is not */
            institution_id: number | null;
            name: string;
            name_zh: string | null;
            /** @description joint research projects it is a partner in (0 when not in the registry) */
            projects: number;
            /** @description co-publications over the years asked for */
            publications: number;
            /** @description the institution's ROR id */
            ror: string;
            /** @description abroad, with three or more co-publications in the five years to the last year asked for (QS's sustained research partnership) */
            sustained: boolean;
            /** @description scholars' stays from or to it, declined and withdrawn ones not counted */
            visits: number;
            /** @description the years with co-publications, oldest first */
            years: components["schemas"]["PublicationCount"][];
        };
        Comment: {
            at: string;
            author: string;
            author_role: string;
            id: number;
            /** @description the partner the comment is from or for; null: every party */
            institution_id: number | null;
            text: string;
        };
        CommentInput: {
            /** @description the one partner the comment is for; null: every party */
            institution_id?: number | null;
            text?: string | null;
        };
        Condition: {
            academic_years: components["schemas"]["AcademicYears"];
            blended: boolean;
            /** @description levels 5 to 8 */
            eqf_levels: number[];
            readonly id: number;
            /** @description an ISCED-F 2013 code */
            isced: string | null;
            isced_clarification: string;
            languages: components["schemas"]["LanguageRequirement"][];
            /** @enum {string} */
            mobility_type: "student_studies" | "student_traineeship" | "staff_teaching" | "staff_training" | "summer_programme" | "research_visit" | "joint_degree";
            months_per_seat: number | null;
            other_terms: string;
            /** @description one of the parties */
            receiving_institution_id: number;
            seats_per_year: number;
            /** @description one of the parties */
            sending_institution_id: number;
            total_days_per_year: number | null;
            total_months_per_year: number | null;
            /** @description in the current academic year: in an agreement, not on its own */
            readonly usage?: components["schemas"]["SeatUsage"];
        };
        ConditionInput: {
            academic_years: components["schemas"]["AcademicYearsInput"];
            blended?: boolean;
            /** @description levels 5 to 8 */
            eqf_levels?: number[];
            /** @description an ISCED-F 2013 code */
            isced?: string | null;
            isced_clarification?: string | null;
            languages?: components["schemas"]["LanguageRequirementInput"][];
            /** @enum {string} */
            mobility_type: "student_studies" | "student_traineeship" | "staff_teaching" | "staff_training" | "summer_programme" | "research_visit" | "joint_degree";
            months_per_seat?: number | null;
            other_terms?: string | null;
            /** @description one of the parties */
            receiving_institution_id: number;
            seats_per_year?: number;
            /** @description one of the parties */
            sending_institution_id: number;
            total_days_per_year?: number | null;
            total_months_per_year?: number | null;
        };
        ContactInput: {
            email?: string | null;
            name?: string | null;
            phone?: string | null;
            /** @description a signatory's: e.g. President */
            title?: string | null;
        };
        Country: {
            /** @description ISO 3166-1 alpha-2 */
            code: string;
            name: string;
            name_zh: string;
            /** @description UN M49 region */
            region: string;
        };
        Course: {
            code: string;
            credit_system: string;
            credits: number;
            readonly id: number;
            readonly institution: number;
            isced: string;
            /** @description ISO 639-1 */
            language: string;
            /** @description EQF; 0 when not stated */
            level: number;
            term: string;
            title: string;
            /** @description in the institution's language */
            title_local: string;
            title_zh: string;
        };
        CredentialInput: {
            /** @description the type's fields (docs/credentials.md) */
            achievement: {
                [key: string]: unknown;
            };
            subject: {
                email?: string | null;
                name?: string | null;
                name_zh?: string | null;
            };
            /** @description exchange_completion, transcript_of_records or programme_participation */
            type: string;
        };
        CredentialRecord: {
            /** @description the statuses the reader may move it to now */
            allowed_transitions: ("active" | "suspended" | "revoked")[];
            /** @description the signed credential (a new one and the detail); null for a reader who may not see the holder's results, left out of lists */
            document?: components["schemas"]["SignedCredential"] | null;
            id: string;
            issued_at: string;
            issued_by: string;
            status: string;
            status_reason: string;
            subject: {
                email: string;
                name: string;
                name_zh: string;
            };
            type: string;
            updated_at: string;
            verify_url: string;
        };
        CredentialStatusInput: {
            reason?: string | null;
            /** @description active, suspended or revoked */
            status?: string | null;
        };
        CreditSystem: {
            /** @description required: more than 0, at most 10 */
            ects_per_credit: number;
            /** @description required: a credit system id like cn */
            system: string;
        };
        CreditSystemInput: {
            /** @description required: more than 0, at most 10 */
            ects_per_credit?: number;
            /** @description required: a credit system id like cn */
            system?: string | null;
        };
        DecisionInput: {
            /** @description required: true or false */
            accept?: boolean | null;
            /** @description required for a rejection */
            reason?: string | null;
        };
        EligibilityRules: {
            /** @description ISCED-F code the applicant's falls under */
            field: string;
            gpa_scale: string;
            /** @description ISO 639-1, with min_cefr */
            language: string;
            /** @description EQF levels; empty: any */
            levels: number[];
            /** @description A1 to C2 */
            min_cefr: string;
            /** @description on gpa_scale */
            min_gpa: number | null;
            /** @description empty: any */
            years_of_study: number[];
        };
        EligibilityRulesInput: {
            /** @description ISCED-F code the applicant's falls under */
            field?: string | null;
            gpa_scale?: string | null;
            /** @description ISO 639-1, with min_cefr */
            language?: string | null;
            /** @description EQF levels; empty: any */
            levels?: number[];
            /** @description A1 to C2 */
            min_cefr?: string | null;
            /** @description on gpa_scale */
            min_gpa?: number | null;
            /** @description empty: any */
            years_of_study?: number[];
        };
        EwpComparison: {
            approved_at: string | null;
            approved_hash: string | null;
            differences: components["schemas"]["EwpDifference"][];
            hashes_match: boolean;
            our_hash: string;
            partner_hash: string;
        };
        EwpDifference: {
            ours: string;
            path: string;
            theirs: string;
        };
        ExpiringAgreement: {
            agreement: components["schemas"]["AgreementSummary"];
            days_left: number;
            /** @description 30, 90 or 180: the smallest window it falls in */
            window: number;
        };
        FileUpload: string;
        Funding: {
            amount: components["schemas"]["Money"];
            /** @description a programme scholarship's code */
            scholarship: string;
            /** @description scholarship, erasmus, csc, self, home */
            source: string;
            sponsor: string;
        };
        FundingGroup: {
            academic_year: string;
            /** @description the lines' amounts added up exactly, as a decimal; null when none names one */
            amount: string | null;
            /** @description ISO 4217 */
            currency: string | null;
            /** @description outgoing or incoming */
            direction: string;
            /** @description students funded so, each once */
            holders: number;
            /** @description a programme scholarship's code */
            scholarship: string | null;
            /** @description scholarship, erasmus, csc, self, home or another */
            source: string;
            sponsor: string | null;
            /** @description their stays begun in the year */
            stays: number;
        };
        FundingInput: {
            amount?: components["schemas"]["MoneyInput"];
            /** @description a programme scholarship's code */
            scholarship?: string | null;
            /** @description scholarship, erasmus, csc, self, home */
            source?: string | null;
            sponsor?: string | null;
        };
        Health: {
            database: string;
            institutions: number;
            schema: number;
            /** @enum {string} */
            status: "ok" | "unavailable";
            storage: {
                problem: string | null;
                writable: boolean;
            };
            version: string;
        };
        HistoryEntry: {
            actor: string;
            at: string;
            from: string;
            reason: string;
            to: string;
        };
        Home: {
            /** @enum {string} */
            role: "admin" | "officer" | "coordinator" | "student" | "partner" | "viewer";
            /** @description the role's tasks in the order to show them, those with nothing waiting too */
            tasks: components["schemas"]["HomeTask"][];
            /** @description ISO date, UTC */
            today: string;
        };
        HomeInstitution: {
            institution: components["schemas"]["InstitutionSummary"];
        };
        HomeInstitutionInput: {
            /** @description required: the id of a registry institution */
            institution_id?: number;
        };
        HomeItem: {
            /** @description ISO date: an agreement's end, a stay's start (its end when it ended), an application's submission, a call's closing; empty when none */
            date: string;
            detail: string;
            /** @description the record's id: an agreement's, a stay's, an application's or a call's, by the task */
            id: number;
            /** @description the record's status code */
            status: string;
            title: string;
        };
        HomeTask: {
            /** @description how many records in all */
            count: number;
            /** @description the query of the list that shows them all (GET /agreements, /nominations, /mobilities, /scholars) */
            filter: {
                [key: string]: string;
            };
            /** @description the first five */
            items: components["schemas"]["HomeItem"][];
            /** @description agreements_expiring, nominations_to_decide, nominations_awaiting_partner, applications_to_score, learning_agreements_to_approve, stays_without_recognition, calls_closing, my_applications, my_stays, calls_open, scholar_clocks_overdue */
            kind: string;
        };
        HostInstitution: {
            country: string;
            id: number;
            name: string;
            name_zh: string;
        };
        ImportOutcome: {
            /** @description read (dry run) or created */
            agreements: number;
            conditions: number;
            /** @description the agreements created */
            created: number[];
            dry_run: boolean;
            /** @description every bad row */
            errors: components["schemas"]["RowError"][];
        };
        IncomingNominationInput: {
            /** @description like 2026/2027 */
            academic_year?: string | null;
            /** @description ISO date */
            actual_end?: string | null;
            /** @description ISO date */
            actual_start?: string | null;
            agreement_id?: number | null;
            call_id?: number | null;
            /** @description a condition of the agreement */
            condition_id?: number | null;
            /** @description ECTS, students */
            credits_planned?: number;
            /** @enum {string} */
            direction?: "outgoing" | "incoming";
            funding?: components["schemas"]["FundingInput"][];
            /** @description the home org unit it belongs to */
            org_unit_id?: number | null;
            person: components["schemas"]["NomineeInput"];
            person_id?: number;
            /** @description ISO date */
            planned_end?: string | null;
            /** @description ISO date */
            planned_start?: string | null;
            programme_id?: number | null;
            receiving_institution_id?: number;
            sending_institution_id?: number;
            /** @enum {string} */
            type?: "student_studies" | "student_traineeship" | "staff_teaching" | "staff_training" | "summer_programme" | "research_visit" | "joint_degree";
        };
        Indicator: {
            academic_year: string;
            definition: string;
            definition_zh: string;
            /** @description null for counts and indexes */
            denominator: number | null;
            id: string;
            /** @description records left out for lack of data */
            missing: number;
            name: string;
            name_zh: string;
            /** @description why there is no value; empty when there is one */
            no_data: string;
            no_data_zh: string;
            numerator: number;
            /** @description whether /indicators/{id}/records lists the people counted */
            records: boolean;
            /** @description the published methodology it follows */
            source: string;
            /** @description the office's target for the year, in the indicator's unit; null when none */
            target: number | null;
            /** @description ratio (0..1), count or index (0..1) */
            unit: string;
            /** @description rounded to 4 places; null when there are no data */
            value: number | null;
            /** @description the year the academic year begins in */
            year: number;
        };
        IndicatorFigure: {
            measure: string;
            /** @description null: the whole institution */
            org_unit: number | null;
            source: string;
            readonly updated_at: string;
            /** @description who entered it; empty for readers who do not enter figures */
            readonly updated_by: string;
            value: number;
            /** @description the year the academic year begins in */
            year: number;
        };
        IndicatorFigureEntryInput: {
            /** @description students_enrolled, graduates, academic_staff, international_students or international_academic_staff */
            measure?: string | null;
            /** @description null or left out: the whole institution */
            org_unit?: number | null;
            /** @description where the figure comes from */
            source?: string | null;
            /** @description a headcount, 0 or more */
            value?: number | null;
            /** @description the year the academic year begins in */
            year?: number | null;
        };
        IndicatorPartner: {
            country: string;
            id: number;
            name: string;
        };
        IndicatorPerson: {
            id: number;
            name: string;
            /** @description ISO 3166-1 alpha-2 */
            nationality: string;
        };
        IndicatorRecord: {
            academic_year: string;
            /** @description the first stay's partner */
            partner: components["schemas"]["IndicatorPartner"];
            person: components["schemas"]["IndicatorPerson"];
            /** @description the first of them */
            stay: number;
            /** @description the person's stays of the year */
            stays: number;
        };
        IndicatorTarget: {
            indicator: string;
            /** @description why this number */
            note: string;
            /** @description null: the whole institution */
            org_unit: number | null;
            readonly updated_at: string;
            /** @description who set it; empty for readers who do not set targets */
            readonly updated_by: string;
            /** @description in the indicator's unit */
            value: number;
            /** @description the year the academic year begins in */
            year: number;
        };
        IndicatorTargetEntryInput: {
            /** @description an indicator's id (GET /indicators) */
            indicator?: string | null;
            /** @description why this number (optional) */
            note?: string | null;
            /** @description null or left out: the whole institution */
            org_unit?: number | null;
            /** @description in the indicator's unit: a share from 0 to 1 for a ratio or an index, a number of people for a count */
            value?: number | null;
            /** @description the year the academic year begins in */
            year?: number;
        };
        Institution: {
            /** @description what the reader may do with it: update, add_org_unit, import_courses */
            allowed_actions?: string[];
            city: string | null;
            /** @description ISO 3166-1 alpha-2 */
            country: string;
            domains: string[];
            established: number | null;
            id: number;
            /** @description the display name, usually English */
            name: string;
            name_zh: string | null;
            names: components["schemas"]["InstitutionName"][];
            /** @description when read on its own */
            org_units?: components["schemas"]["OrgUnit"][];
            /** @description https://ror.org/… */
            ror_id: string | null;
            state_province: string | null;
            status: string;
            types: ("education" | "company" | "facility" | "funder" | "government" | "healthcare" | "nonprofit" | "archive" | "other")[];
            version: number;
            website: string | null;
            wikidata: string | null;
        };
        InstitutionInput: {
            city?: string | null;
            /** @description ISO 3166-1 alpha-2 */
            country?: string | null;
            domains?: string[];
            established?: number | null;
            name?: string | null;
            name_zh?: string | null;
            names?: components["schemas"]["InstitutionNameInput"][];
            /** @description a ROR id or its https://ror.org/ URL */
            ror_id?: string | null;
            state_province?: string | null;
            types?: ("education" | "company" | "facility" | "funder" | "government" | "healthcare" | "nonprofit" | "archive" | "other")[];
            website?: string | null;
            /** @description e.g. Q123 */
            wikidata?: string | null;
        };
        InstitutionName: {
            /** @enum {string} */
            kind: "display" | "zh" | "alias" | "acronym" | "label";
            /** @description ISO 639-1 */
            lang: string | null;
            name: string;
        };
        InstitutionNameInput: {
            /** @enum {string} */
            kind?: "display" | "zh" | "alias" | "acronym" | "label";
            /** @description ISO 639-1 */
            lang?: string | null;
            name?: string | null;
        };
        InstitutionRef: {
            country: string;
            id: number;
            name: string;
            name_zh: string;
        };
        InstitutionSummary: {
            city: string | null;
            /** @description ISO 3166-1 alpha-2 */
            country: string;
            domains: string[];
            established: number | null;
            id: number;
            /** @description the display name, usually English */
            name: string;
            name_zh: string | null;
            /** @description https://ror.org/… */
            ror_id: string | null;
            types: ("education" | "company" | "facility" | "funder" | "government" | "healthcare" | "nonprofit" | "archive" | "other")[];
        };
        IssuerAddress: {
            did: string;
            only_this_machine: boolean;
            public_url: string;
        };
        JointCourseInput: {
            /** @description the agreement it runs under */
            agreement_id?: number | null;
            code?: string | null;
            /** @description a decimal: 3, 2.5 */
            credits?: string | null;
            home_faculty?: string[];
            /**
             * @description coil (online), co_taught (in one room), blended
             * @enum {string}
             */
            mode?: "coil" | "co_taught" | "blended";
            /** @description the department; a coordinator's own */
            org_unit_id?: number | null;
            partner_faculty?: string[];
            partner_id?: number;
            students_home?: number;
            students_partner?: number;
            synchronous_sessions?: number;
            term?: string | null;
            title?: string | null;
            title_zh?: string | null;
            weeks?: number;
            /** @description the academic year's first calendar year */
            year?: number;
        };
        JointCourseView: {
            agreement?: components["schemas"]["TeachingAgreement"] | null;
            /** @description the agreement it runs under */
            agreement_id: number | null;
            /** @description what the reader may do now */
            readonly allowed_actions?: "update"[];
            code: string;
            /** @description a decimal: 3, 2.5 */
            credits: string;
            home_faculty: string[];
            readonly id: number;
            /**
             * @description coil (online), co_taught (in one room), blended
             * @enum {string}
             */
            mode: "coil" | "co_taught" | "blended";
            org_unit?: components["schemas"]["TeachingUnit"] | null;
            /** @description the department; a coordinator's own */
            org_unit_id: number | null;
            partner?: components["schemas"]["InstitutionRef"];
            partner_faculty: string[];
            partner_id: number;
            students_home: number;
            students_partner: number;
            synchronous_sessions: number;
            term: string | null;
            title: string;
            title_zh: string | null;
            readonly version: number;
            weeks: number;
            /** @description the academic year's first calendar year */
            year: number;
        };
        JointCourseYear: {
            courses: number;
            /** @enum {string} */
            mode: "coil" | "co_taught" | "blended";
            students_home: number;
            students_partner: number;
            year: number;
        };
        JointProgrammeCourse: {
            code: string;
            /** @description a core course of the major (专业核心课程) */
            core: boolean;
            /** @description carried by a teacher of the foreign institution */
            foreign_teacher: boolean;
            /** @description of them, taught by the foreign institution's teachers */
            foreign_teacher_hours: number;
            /** @description teaching hours in the year */
            hours: number;
            /** @description introduced from the foreign partner */
            introduced: boolean;
            title: string;
        };
        JointProgrammeCourseInput: {
            code?: string | null;
            /** @description a core course of the major (专业核心课程) */
            core?: boolean;
            /** @description carried by a teacher of the foreign institution */
            foreign_teacher?: boolean;
            /** @description of them, taught by the foreign institution's teachers */
            foreign_teacher_hours?: number;
            /** @description teaching hours in the year */
            hours?: number;
            /** @description introduced from the foreign partner */
            introduced?: boolean;
            title?: string | null;
        };
        JointProgrammeInput: {
            agreement_ids?: number[];
            /** @description as the authority gave it */
            approval_number?: string | null;
            /** @description ISO date */
            approved_on?: string | null;
            /**
             * @description programme (项目) or institute (机构)
             * @enum {string}
             */
            form?: "programme" | "institute";
            /** @enum {string} */
            level?: "associate" | "bachelor" | "master" | "doctoral";
            major?: string | null;
            name?: string | null;
            name_zh?: string | null;
            /** @description the department; a coordinator's own */
            org_unit_id?: number | null;
            /** @description the foreign institutions, at least one */
            partner_ids?: number[];
            /** @description the teaching plan of each academic year */
            plans?: components["schemas"]["JointProgrammePlanInput"][];
            /** @description ISO date */
            valid_until?: string | null;
            yearly_intake?: number;
        };
        JointProgrammePlan: {
            courses: components["schemas"]["JointProgrammeCourse"][];
            /** @description the academic year's first calendar year */
            year: number;
        };
        JointProgrammePlanInput: {
            courses?: components["schemas"]["JointProgrammeCourseInput"][];
            /** @description the academic year's first calendar year */
            year?: number;
        };
        JointProgrammeShare: {
            article: string | null;
            at_least_den: number;
            at_least_num: number;
            denominator: number;
            name: string;
            name_zh: string;
            numerator: number;
            /** @description rounded down to a tenth */
            percent: number;
            /** @description the ratio's id in the rule set */
            rule: string;
            /** @description the title of the rule's source */
            source: string;
            /**
             * @description met, not_met, or no_base (nothing to share)
             * @enum {string}
             */
            verdict: "met" | "not_met" | "no_base";
        };
        JointProgrammeView: {
            agreement_ids: number[];
            /** @description the linked agreements the reader may read */
            readonly agreements?: components["schemas"]["TeachingAgreement"][];
            /** @description what the reader may do now */
            readonly allowed_actions?: "update"[];
            /** @description as the authority gave it */
            approval_number: string;
            /** @description ISO date */
            approved_on: string;
            /** @description whether the approval holds today */
            readonly approved_today?: boolean;
            /**
             * @description programme (项目) or institute (机构)
             * @enum {string}
             */
            form: "programme" | "institute";
            /** @description each year with a plan, held against the set in force */
            readonly four_thirds?: {
                all_met: boolean;
                /** @description the id of the set applied */
                rule_set: string;
                rule_set_name: string;
                rule_set_name_zh: string;
                /** @description each ratio of the set */
                readonly shares: components["schemas"]["JointProgrammeShare"][];
                year: number;
            }[];
            readonly id: number;
            /** @enum {string} */
            level: "associate" | "bachelor" | "master" | "doctoral";
            major: string | null;
            name: string;
            name_zh: string | null;
            org_unit?: components["schemas"]["TeachingUnit"] | null;
            /** @description the department; a coordinator's own */
            org_unit_id: number | null;
            /** @description the foreign institutions, at least one */
            partner_ids: number[];
            /** @description the partners with the registry's names */
            readonly partners?: components["schemas"]["InstitutionRef"][];
            /** @description the teaching plan of each academic year */
            plans: components["schemas"]["JointProgrammePlan"][];
            /** @description ISO date */
            valid_until: string | null;
            readonly version: number;
            yearly_intake: number;
        };
        KeyRotation: {
            /** @description the new key, as the DID document lists it */
            public_multikey: string;
        };
        LaApproval: {
            readonly at: string;
            readonly by: string;
            readonly name: string;
            /** @description student, sending or receiving */
            readonly party: string;
            readonly role: string;
            /** @description required: the version's SHA-256, hex */
            sha256: string;
        };
        LaApprovalInput: {
            /** @description required: the version's SHA-256, hex */
            sha256?: string | null;
        };
        LaComment: {
            readonly at: string;
            readonly by: string;
            /** @description student, sending or receiving */
            readonly party: string;
            /** @description required: 1 to 4000 bytes */
            text: string;
        };
        LaCommentInput: {
            /** @description required: 1 to 4000 bytes */
            text?: string | null;
        };
        LaComponent: {
            home: components["schemas"]["LaCourse"];
            host: components["schemas"]["LaCourse"];
            term: string;
        };
        LaComponentInput: {
            home?: components["schemas"]["LaCourseInput"];
            host?: components["schemas"]["LaCourseInput"];
            term?: string | null;
        };
        LaCourse: {
            code: string;
            /** @description ects (the default), cn, us_semester, uk_cats, jp or other */
            credit_system: string;
            /** @description in the course's credit system */
            credits: number;
            title: string;
        };
        LaCourseInput: {
            code?: string | null;
            /** @description ects (the default), cn, us_semester, uk_cats, jp or other */
            credit_system?: string | null;
            /** @description in the course's credit system */
            credits?: number;
            title?: string | null;
        };
        LaPerson: {
            display_name: string;
            id: number;
            name_zh: string;
        };
        LaStay: {
            academic_year: string;
            /** @enum {string} */
            direction: "outgoing" | "incoming";
            id: number;
            planned_end: string;
            planned_start: string;
            /** @enum {string} */
            status: "nominated" | "accepted" | "preparing" | "abroad" | "completed" | "recognised" | "cancelled";
        };
        LaVersion: {
            readonly approvals: components["schemas"]["LaApproval"][];
            readonly comments: components["schemas"]["LaComment"][];
            /** @description 1 to 60 */
            components: components["schemas"]["LaComponent"][];
            readonly number: number;
            readonly proposed_at: string;
            readonly proposed_by: string;
            /** @description why it changes the version before */
            reason: string;
            /** @description of the version's canonical text */
            readonly sha256: string;
            /** @description proposed, commented, approved or superseded */
            readonly state: string;
        };
        LaVersionInput: {
            /** @description 1 to 60 */
            components?: components["schemas"]["LaComponentInput"][];
            /** @description why it changes the version before */
            reason?: string | null;
        };
        LanguageCertificate: {
            /** @description A1 to C2 */
            cefr: string;
            /** @description e.g. IELTS 7.0, HSK 5 */
            certificate: string;
            /** @description ISO date */
            date: string | null;
            /** @description ISO 639-1 */
            language: string;
        };
        LanguageCertificateInput: {
            /** @description A1 to C2 */
            cefr?: string | null;
            /** @description e.g. IELTS 7.0, HSK 5 */
            certificate?: string | null;
            /** @description ISO date */
            date?: string | null;
            /** @description ISO 639-1 */
            language?: string | null;
        };
        LanguageRequirement: {
            /** @description A1 to C2 */
            cefr: string | null;
            /** @description ISO 639-1 */
            language: string;
        };
        LanguageRequirementInput: {
            /** @description A1 to C2 */
            cefr?: string | null;
            /** @description ISO 639-1 */
            language?: string | null;
        };
        LearningAgreement: {
            /** @description What the reader may do now: propose a version (or a new text of the open one); approve or comment on the latest version, while it is open (approve: proposed, and the reader's side has not signed it); enter the host's results (by hand or from a file); convert and credit them at home (an approved learning agreement; the final approval needs the stay completed); download the EWP document. */
            readonly allowed_actions: ("propose" | "approve" | "comment" | "enter_transcript" | "recognise" | "download_ewp")[];
            /** @description 0 while nothing was proposed */
            id: number;
            mobility: components["schemas"]["LaStay"];
            mobility_id: number;
            /**
             * @description the reader's part in it, or null when it has none
             * @enum {string|null}
             */
            party: "student" | "sending" | "receiving" | null;
            person: components["schemas"]["LaPerson"];
            recognised_at: string;
            recognised_by: string;
            recognition: components["schemas"]["RecognitionEntry"][];
            record_version: number;
            transcript: components["schemas"]["TranscriptEntry"][];
            versions: components["schemas"]["LaVersion"][];
            /** @description in English, about credits */
            warnings: string[];
        };
        Login: {
            csrf: string;
            readonly expires: string;
            /** @description as /auth/me says them */
            readonly permissions: {
                [key: string]: string[];
            };
            second_factor_setup_required: boolean;
            token: string;
            user: components["schemas"]["User"];
        };
        LoginInput: {
            /** @description the second factor's current code */
            code?: string | null;
            email: string;
            password: string;
        };
        Me: {
            active: boolean;
            email: string;
            readonly id: number;
            /** @description a partner's institution */
            institution_id: number | null;
            name: string;
            /** @description a coordinator's org unit */
            org_unit_id: number | null;
            permissions: {
                [key: string]: string[];
            };
            /** @enum {string} */
            role: "admin" | "officer" | "coordinator" | "student" | "partner" | "viewer";
            second_factor_setup_required: boolean;
            /** @description whether the user signs in with a second factor */
            readonly totp_enabled: boolean;
            readonly version: number;
        };
        Mobility: {
            /** @description like 2026/2027 */
            academic_year: string;
            /** @description ISO date */
            actual_end: string;
            /** @description ISO date */
            actual_start: string;
            agreement?: components["schemas"]["StayAgreement"];
            agreement_id: number | null;
            /** @description what the reader may do now; clients show what these allow */
            readonly allowed_actions: ("update" | "transition" | "decide")[];
            /** @description the statuses a transition may move the stay to now */
            readonly allowed_transitions: ("nominated" | "accepted" | "preparing" | "abroad" | "completed" | "recognised" | "cancelled")[];
            readonly application_id: number | null;
            call?: components["schemas"]["StayCall"];
            call_id: number | null;
            readonly cancel_reason: string;
            /** @description a condition of the agreement */
            condition_id: number | null;
            /** @description ECTS, students */
            credits_planned: number;
            /** @enum {string} */
            direction: "outgoing" | "incoming";
            funding: components["schemas"]["Funding"][];
            readonly history: components["schemas"]["HistoryEntry"][];
            readonly id: number;
            readonly nomination: components["schemas"]["StayNomination"];
            /** @description the home org unit it belongs to */
            org_unit_id: number | null;
            person: components["schemas"]["StayPerson"];
            person_id: number;
            /** @description ISO date */
            planned_end: string;
            /** @description when both planned dates are set */
            planned_months?: number;
            /** @description ISO date */
            planned_start: string;
            programme?: components["schemas"]["StayProgramme"];
            programme_id: number | null;
            receiving: components["schemas"]["HostInstitution"];
            receiving_institution_id: number;
            sending: components["schemas"]["HostInstitution"];
            sending_institution_id: number;
            /** @enum {string} */
            readonly status: "nominated" | "accepted" | "preparing" | "abroad" | "completed" | "recognised" | "cancelled";
            /** @enum {string} */
            type: "student_studies" | "student_traineeship" | "staff_teaching" | "staff_training" | "summer_programme" | "research_visit" | "joint_degree";
            readonly version: number;
        };
        MobilityCredentialInput: {
            /** @description exchange_completion or programme_participation; left out: by the stay's programme */
            type?: string | null;
        };
        MobilityImportOutcome: {
            /** @description the ids of the records written */
            created: number[];
            dry_run: boolean;
            /** @description every bad row */
            errors: components["schemas"]["RowError"][];
            rows: number;
        };
        MobilityInput: {
            /** @description like 2026/2027 */
            academic_year?: string | null;
            /** @description ISO date */
            actual_end?: string | null;
            /** @description ISO date */
            actual_start?: string | null;
            agreement_id?: number | null;
            call_id?: number | null;
            /** @description a condition of the agreement */
            condition_id?: number | null;
            /** @description ECTS, students */
            credits_planned?: number;
            /** @enum {string} */
            direction?: "outgoing" | "incoming";
            funding?: components["schemas"]["FundingInput"][];
            /** @description the home org unit it belongs to */
            org_unit_id?: number | null;
            person_id?: number;
            /** @description ISO date */
            planned_end?: string | null;
            /** @description ISO date */
            planned_start?: string | null;
            programme_id?: number | null;
            receiving_institution_id?: number;
            sending_institution_id?: number;
            /** @enum {string} */
            type?: "student_studies" | "student_traineeship" | "staff_teaching" | "staff_training" | "summer_programme" | "research_visit" | "joint_degree";
        };
        MobilityTransitionInput: {
            /** @description the actual start or end (ISO date) */
            date?: string | null;
            /** @description required to cancel */
            reason?: string | null;
            /** @description required: preparing, abroad, completed, recognised or cancelled */
            to?: string | null;
        };
        Money: {
            amount: string;
            currency: string;
        } | null;
        MoneyInput: {
            amount: string;
            currency: string;
        } | null;
        NationalComparison: {
            /** @description ISO 3166-1 alpha-2 */
            country: string;
            country_name: string;
            country_name_zh: string;
            /** @description the years asked for, oldest first */
            items: components["schemas"]["NationalYear"][];
            /** @description the newest academic year published for the country; null for none */
            latest_year: number | null;
            /** @description where the country's figures come from */
            source: string;
            source_zh: string;
        };
        NationalYear: {
            academic_year: string;
            /** @description students from abroad enrolled in the country's tertiary education; null when not published */
            inbound: number | null;
            /** @description an estimate, not a count */
            inbound_estimated: boolean;
            /** @description incoming_students ÷ inbound, to eight places; null without inbound */
            incoming_share: number | null;
            /** @description partners' students who began a stay at the institution (inbound_exchange_students) */
            incoming_students: number;
            /** @description the country's students enrolled abroad (inbound less UNESCO's net flow); null when not published */
            outbound: number | null;
            /** @description derived from an estimate, not a count */
            outbound_estimated: boolean;
            /** @description outgoing_students ÷ outbound, to eight places; null without outbound */
            outgoing_share: number | null;
            /** @description the institution's students who began a stay abroad (outbound_students) */
            outgoing_students: number;
            /** @description UNESCO's reference year for it, the year it ends in; null when not published */
            reference_year: number | null;
            /** @description the academic year, by the year it begins in */
            year: number;
        };
        NominationCount: {
            nominated: number;
        };
        NomineeInput: {
            date_of_birth?: string | null;
            email?: string | null;
            /** @description Latin script */
            family_name?: string | null;
            /** @description ISCED-F code */
            field?: string | null;
            given_name?: string | null;
            /** @enum {string} */
            kind?: "student" | "staff";
            languages?: components["schemas"]["LanguageCertificateInput"][];
            /** @description EQF level, 5 to 8 (students) */
            level?: number | null;
            /** @description Chinese script */
            name_zh?: string | null;
            /** @description ISO 3166-1 alpha-2 */
            nationality?: string | null;
            /** @description staff: e.g. Associate Professor */
            position?: string | null;
            year_of_study?: number | null;
        };
        Offer: {
            agreement_id: number | null;
            /** @description a condition of the agreement */
            condition_id: number | null;
            /** @description on top of the call's */
            eligibility: components["schemas"]["EligibilityRules"];
            /** @description submitted applications that rank it first (not shown to students) */
            readonly first_choices?: number;
            /** @description when the host is in the registry */
            readonly host?: components["schemas"]["OfferHost"];
            /** @description defaults from the condition or the programme */
            host_id: number;
            /** @description unique within the call; in a changed call, the id of an offer kept (left out: a new offer) */
            id: number;
            programme_id: number | null;
            /** @description submitted applications that rank it (not shown to students) */
            readonly rankings?: number;
            /** @description 0: the condition's seats or the programme's capacity */
            seats: number;
            title: string;
        };
        OfferHost: {
            country: string;
            name: string;
            name_zh: string;
        };
        OfferInput: {
            agreement_id?: number | null;
            /** @description a condition of the agreement */
            condition_id?: number | null;
            /** @description on top of the call's */
            eligibility?: components["schemas"]["EligibilityRulesInput"];
            /** @description defaults from the condition or the programme */
            host_id?: number;
            /** @description unique within the call; in a changed call, the id of an offer kept (left out: a new offer) */
            id?: number;
            programme_id?: number | null;
            /** @description 0: the condition's seats or the programme's capacity */
            seats?: number;
            title?: string | null;
        };
        OrgUnit: {
            code: string | null;
            readonly id: number;
            readonly institution_id: number;
            name: string;
            name_zh: string | null;
            parent_id: number | null;
            readonly version: number;
        };
        OrgUnitInput: {
            code?: string | null;
            name?: string | null;
            name_zh?: string | null;
            parent_id?: number | null;
        };
        OverdueScholarClock: {
            case_id: number;
            clock: components["schemas"]["ScholarClock"];
            person: string;
        };
        PartnerBalance: {
            /** @description stays in from the partner */
            inbound: number;
            institution_id: number;
            /** @description stays out to the partner */
            outbound: number;
        };
        PartnerExchange: {
            academic_year: string;
            incoming_months: number;
            /** @description the partner's students who came */
            incoming_people: number;
            /** @description incoming less outgoing months */
            months_balance: number;
            /** @description their stays' months (30 days each), to one decimal place */
            outgoing_months: number;
            /** @description students who went to the partner */
            outgoing_people: number;
            partner: components["schemas"]["IndicatorPartner"];
            /** @description incoming less outgoing students */
            people_balance: number;
        };
        PartnerGroup: {
            academic_year: string;
            /** @description those agreements */
            agreements: number;
            /** @description the country (ISO 3166-1 alpha-2), the UN M49 region or the institution type; empty for countries of no region */
            group: string;
            /** @description the group's partners' students who came */
            incoming_people: number;
            name: string;
            name_zh: string;
            /** @description students who went to the group's partners (stays begun in the year) */
            outgoing_people: number;
            /** @description partner institutions of the agreements in force in the year */
            partners: number;
            /** @description a country's UN M49 region; empty otherwise */
            region: string;
        };
        PartnerResearch: {
            /** @description every agreement it is a party to, the latest start first */
            agreements: components["schemas"]["AgreementResearch"][];
            /** @description the first calendar year of publication counted */
            from: number;
            institution_id: number;
            /** @description joint research projects it is a partner in */
            projects: number;
            /** @description works published with the home institution over the years */
            publications: number;
            /** @description none: the registry holds no ROR id, so no works */
            ror: string | null;
            /** @description abroad, with three or more co-publications in the five years to `to` */
            sustained: boolean;
            /** @description the last */
            to: number;
            visits: components["schemas"]["PartnerVisits"];
            /** @description every year from..to, oldest first, zeros included */
            years: components["schemas"]["PublicationCount"][];
        };
        PartnerVisits: {
            /** @description scholar cases of its people coming here */
            incoming: number;
            /** @description scholar cases of ours going there */
            outgoing: number;
        };
        Party: {
            contact: components["schemas"]["PartyContact"];
            institution: components["schemas"]["PartyInstitution"];
            institution_id: number;
            is_home: boolean;
            org_unit_id: number | null;
            signatory: components["schemas"]["Signatory"];
            /** @description ISO date */
            signed_on: string | null;
        };
        PartyContact: {
            email: string;
            name: string;
            phone: string;
        };
        PartyInput: {
            contact?: components["schemas"]["ContactInput"];
            /** @description a registry institution */
            institution_id: number;
            is_home?: boolean;
            org_unit_id?: number | null;
            signatory?: components["schemas"]["ContactInput"];
            /** @description ISO date */
            signed_on?: string | null;
        };
        PartyInstitution: {
            city: string | null;
            /** @description ISO 3166-1 alpha-2 */
            country: string;
            id: number;
            name: string;
            name_zh: string | null;
            /** @description the ROR URL */
            ror_id: string | null;
        };
        PasswordChangeInput: {
            current_password: string;
            new_password: string;
        };
        PasswordResetInput: {
            password: string;
            /** @description the reset link's token */
            token: string;
        };
        Person: {
            /** @description e.g. Wang Fang 王芳 */
            display_name: string;
            /** @description null for a reader who may not see it */
            email: string | null;
            family_name: string;
            field: string | null;
            given_name: string;
            /** @description null for a reader who may not see it */
            gpa: number | null;
            gpa_scale: string | null;
            /** @description the academic year the student graduated in; null until then */
            graduated_in: string | null;
            home_institution_id: number;
            id: number;
            /** @enum {string} */
            kind: "student" | "staff";
            languages: components["schemas"]["LanguageCertificate"][];
            level: number | null;
            name_zh: string | null;
            nationality: string;
            org_unit_id: number | null;
            /** @description only for a reader who may see some of it; null what it may not */
            personal?: components["schemas"]["PersonalData"];
            position: string;
            user_id: number | null;
            version: number;
            year_of_study: number | null;
        };
        PersonInput: {
            date_of_birth?: string | null;
            email?: string | null;
            /** @description Latin script */
            family_name?: string | null;
            /** @description ISCED-F code */
            field?: string | null;
            given_name?: string | null;
            gpa?: number | null;
            /** @description a grade scale id: cn100, us4, ... */
            gpa_scale?: string | null;
            /** @description students: the academic year they graduated in, e.g. 2025/2026 */
            graduated_in?: string | null;
            home_institution_id?: number;
            /** @enum {string} */
            kind?: "student" | "staff";
            languages?: components["schemas"]["LanguageCertificateInput"][];
            /** @description EQF level, 5 to 8 (students) */
            level?: number | null;
            /** @description Chinese script */
            name_zh?: string | null;
            /** @description ISO 3166-1 alpha-2 */
            nationality?: string | null;
            org_unit_id?: number | null;
            passport_number?: string | null;
            phone?: string | null;
            /** @description staff: e.g. Associate Professor */
            position?: string | null;
            /** @description the account of a person who signs in */
            user_id?: number | null;
            year_of_study?: number | null;
        };
        PersonalData: {
            date_of_birth: string | null;
            passport_number: string | null;
            phone: string | null;
        };
        PlacementComparison: {
            a: components["schemas"]["PlacementRun"];
            b: components["schemas"]["PlacementRun"];
            differences: components["schemas"]["PlacementDifference"][];
            same_input: boolean;
            /** @description applicants placed alike */
            unchanged: number;
        };
        PlacementDifference: {
            a: components["schemas"]["PlacementOutcome"];
            application_id: number;
            b: components["schemas"]["PlacementOutcome"];
            name: string;
        };
        PlacementExplanation: {
            cutoff_score: number | null;
            /** @description the ineligibility's reason */
            detail: string;
            offer_id: number;
            priority_position: number;
            /** @description not_eligible, no_seats, outranked or welfare_trade_off */
            reason: string;
        };
        PlacementOutcome: {
            /** @description null: unplaced */
            offer_id: number | null;
            /** @description 1-based */
            preference: number | null;
        };
        PlacementResult: {
            /** @description why each preference ranked above the placed one was not given */
            explanations: components["schemas"]["PlacementExplanation"][];
            /** @description the offer placed at; null: none */
            offer_id: number | null;
            /** @description 1-based */
            preference: number | null;
            run_id: number;
            /** @description on the first preference's waiting list */
            waiting_position: number | null;
        };
        PlacementRun: {
            call_id: number;
            created_at: string;
            created_by: string;
            engine_version: string;
            id: number;
            /** @description the detail only */
            input?: Record<string, never>;
            input_sha256: string;
            mode: string;
            /** @description the detail only */
            output?: Record<string, never>;
            published_at: string | null;
            /** @description decimal: all 64 bits */
            seed: string;
            statistics: Record<string, never> | null;
        };
        PlacementRunInput: {
            /** @description stable (the default) or optimal */
            mode?: string | null;
            /** @description for the lottery of ties; random if absent */
            seed?: number | null;
        };
        Problem: {
            detail: string;
            /** @description an import's problem: a dry run or not */
            dry_run?: boolean;
            /** @description each bad field, or each bad row of an import */
            errors?: components["schemas"]["ProblemError"][];
            status: number;
            title: string;
            type: string;
        };
        ProblemError: {
            field: string;
            /** @description an import's row: its line */
            line?: number;
            message: string;
        };
        Programme: {
            agreement_id: number | null;
            /** @description update, when the reader may */
            readonly allowed_actions: string[];
            capacity: number | null;
            /** @description unique: e.g. WL-EXCH-SEM */
            code: string;
            /** @description conditions of the agreement */
            condition_ids: number[];
            /** @description public, for prospective students */
            description: string;
            description_zh: string;
            fee: components["schemas"]["Money"];
            host_ids: number[];
            readonly hosts: components["schemas"]["InstitutionRef"][];
            readonly id: number;
            /** @enum {string} */
            kind: "semester_exchange" | "year_exchange" | "summer_school" | "winter_school" | "internship" | "research_visit" | "staff_exchange" | "joint_degree";
            /** @description ISO 639-1 language of instruction */
            language: string;
            /** @description the longest stay; when a new programme leaves it out, its kind's default */
            max_duration_months: number;
            name: string;
            name_zh: string;
            /** @description listed on the public page */
            published: boolean;
            scholarships: components["schemas"]["Scholarship"][];
            readonly version: number;
        };
        ProgrammeGroup: {
            academic_year: string;
            code: string;
            /** @description the programme's */
            id: number;
            /** @description students who came to the university on it */
            incoming_people: number;
            /** @description semester_exchange, year_exchange, summer_school, winter_school, internship, research_visit, staff_exchange or joint_degree */
            kind: string;
            name: string;
            name_zh: string;
            /** @description the university's students on it abroad (stays begun in the year), each once */
            outgoing_people: number;
            /** @description their stays begun in the year */
            stays: number;
        };
        ProgrammeInput: {
            agreement_id?: number | null;
            capacity?: number | null;
            /** @description unique: e.g. WL-EXCH-SEM */
            code?: string | null;
            /** @description conditions of the agreement */
            condition_ids?: number[];
            /** @description public, for prospective students */
            description?: string | null;
            description_zh?: string | null;
            fee?: components["schemas"]["MoneyInput"];
            host_ids?: number[];
            /** @enum {string} */
            kind?: "semester_exchange" | "year_exchange" | "summer_school" | "winter_school" | "internship" | "research_visit" | "staff_exchange" | "joint_degree";
            /** @description ISO 639-1 language of instruction */
            language?: string | null;
            /** @description the longest stay; when a new programme leaves it out, its kind's default */
            max_duration_months?: number;
            name?: string | null;
            name_zh?: string | null;
            /** @description listed on the public page */
            published?: boolean;
            scholarships?: components["schemas"]["ScholarshipInput"][];
        };
        PublicProgramme: {
            capacity: number | null;
            /** @description unique: e.g. WL-EXCH-SEM */
            code: string;
            /** @description public, for prospective students */
            description: string;
            description_zh: string;
            fee: components["schemas"]["Money"];
            host_ids: number[];
            hosts: components["schemas"]["InstitutionRef"][];
            readonly id: number;
            /** @enum {string} */
            kind: "semester_exchange" | "year_exchange" | "summer_school" | "winter_school" | "internship" | "research_visit" | "staff_exchange" | "joint_degree";
            /** @description ISO 639-1 language of instruction */
            language: string;
            /** @description the longest stay; when a new programme leaves it out, its kind's default */
            max_duration_months: number;
            name: string;
            name_zh: string;
            /** @description listed on the public page */
            published: boolean;
            scholarships: components["schemas"]["Scholarship"][];
        };
        PublicationCount: {
            publications: number;
            /** @description the calendar year of publication */
            year: number;
        };
        PublicationImport: {
            /** @description publications new to Orbis */
            added: number;
            dry_run: boolean;
            /** @description every bad line */
            errors: components["schemas"]["RowError"][];
            /** @description publications recorded before and not in the extract, removed (replace=true) */
            removed: number;
            /** @description the works read */
            rows: number;
            /** @description publications recorded before, replaced */
            updated: number;
        };
        ReasonInput: {
            reason?: string | null;
        };
        RecognitionEntry: {
            converted_grade: string;
            home_code: string;
            home_credits: number;
            home_scale: string;
            home_title: string;
            host_codes: string[];
            host_grade: string;
            host_scale: string;
            method: string;
            notes: string[];
            overridden_by: string;
            override_grade: string;
            override_reason: string;
            source: string;
        };
        RecognitionInput: {
            /** @description true: the completed stay becomes recognised */
            approve?: boolean;
            /** @description required: the home courses to credit */
            entries?: components["schemas"]["RecognitionRequestInput"][];
        };
        RecognitionPartner: {
            country: string;
            id: number;
            name: string;
        };
        RecognitionRate: {
            institution: components["schemas"]["RecognitionPartner"];
            planned_ects: number;
            /** @description null when no ECTS were planned */
            rate: number | null;
            recognised_ects: number;
            recognised_stays: number;
            stays: number;
        };
        RecognitionRequestInput: {
            home_code?: string | null;
            /** @description 0 or left out: from the host credits and the credit systems */
            home_credits?: number;
            home_title?: string | null;
            /** @description codes of the host's results */
            host_codes?: string[];
            override_grade?: string | null;
            /** @description required with an override */
            override_reason?: string | null;
        };
        Reminders: {
            /** @description the reader's iCalendar feed of expiries */
            calendar_url: string;
            expiring: components["schemas"]["ExpiringAgreement"][];
            /** @description the cursor of the next page of expiring (kind=expiring); null when it ended or was not asked for */
            expiring_next: string | null;
            unused_seats: components["schemas"]["UnusedSeats"][];
            /** @description the cursor of the next page of unused_seats (kind=unused_seats); null when it ended or was not asked for */
            unused_seats_next: string | null;
        };
        ResearchFunding: {
            amount: components["schemas"]["Money"];
            funder: string;
            /** @description the funder's scheme */
            programme: string | null;
        };
        ResearchFundingInput: {
            amount?: components["schemas"]["MoneyInput"];
            funder?: string | null;
            /** @description the funder's scheme */
            programme?: string | null;
        };
        ResearchInvestigator: {
            institution_id: number | null;
            name: string;
            /** @description an ORCID iD, 0000-0002-1825-0097 */
            orcid: string | null;
            /** @enum {string} */
            role: "principal" | "co_investigator";
        };
        ResearchInvestigatorInput: {
            institution_id?: number | null;
            name?: string | null;
            /** @description an ORCID iD, 0000-0002-1825-0097 */
            orcid?: string | null;
            /** @enum {string} */
            role?: "principal" | "co_investigator";
        };
        ResearchOutput: {
            /** @description 10.1000/xyz, without the resolver */
            doi: string | null;
            /** @enum {string} */
            kind: "publication" | "patent" | "dataset" | "software" | "prototype" | "other";
            title: string;
            url: string | null;
            year: number | null;
        };
        ResearchOutputInput: {
            /** @description 10.1000/xyz, without the resolver */
            doi?: string | null;
            /** @enum {string} */
            kind?: "publication" | "patent" | "dataset" | "software" | "prototype" | "other";
            title?: string | null;
            url?: string | null;
            year?: number | null;
        };
        ResearchProjectAgreement: {
            id: number;
            title: string;
        };
        ResearchProjectImport: {
            /** @description the ids of the projects recorded */
            created: number[];
            dry_run: boolean;
            /** @description every bad row */
            errors: components["schemas"]["RowError"][];
            rows: number;
        };
        ResearchProjectInput: {
            acronym?: string | null;
            /** @description the agreements the project works under */
            agreement_ids?: number[];
            /** @description ISO date, not before the start */
            end_date?: string | null;
            funding?: components["schemas"]["ResearchFundingInput"][];
            investigators?: components["schemas"]["ResearchInvestigatorInput"][];
            /** @description the lead department; a coordinator's own */
            org_unit_id?: number | null;
            outputs?: components["schemas"]["ResearchOutputInput"][];
            partners?: components["schemas"]["ResearchProjectPartnerInput"][];
            /** @description ISO date */
            start_date?: string | null;
            summary?: string | null;
            title?: string | null;
            /** @description scholar cases: the visits the project funds */
            visit_ids?: number[];
        };
        ResearchProjectPartner: {
            institution_id: number;
            /**
             * @description coordinator (at most one), partner, associate
             * @enum {string}
             */
            role: "coordinator" | "partner" | "associate";
        };
        ResearchProjectPartnerInput: {
            institution_id?: number;
            /**
             * @description coordinator (at most one), partner, associate
             * @enum {string}
             */
            role?: "coordinator" | "partner" | "associate";
        };
        ResearchProjectPartnerView: {
            /** @description ISO 3166-1 alpha-2 */
            country: string;
            institution_id: number;
            name: string;
            name_zh: string | null;
            /** @enum {string} */
            role: "coordinator" | "partner" | "associate";
            ror: string | null;
        };
        ResearchProjectSummary: {
            acronym: string | null;
            end_date: string;
            funding: components["schemas"]["ResearchFunding"][];
            id: number;
            org_unit_id: number | null;
            /** @description the partners with the registry's names */
            readonly partners: components["schemas"]["ResearchProjectPartnerView"][];
            principal_investigator: string | null;
            start_date: string;
            /**
             * @description from the dates and today
             * @enum {string}
             */
            status: "planned" | "active" | "ended";
            title: string;
        };
        ResearchProjectUnit: {
            id: number;
            name: string;
            name_zh: string;
        };
        ResearchProjectView: {
            acronym: string | null;
            /** @description the agreements the project works under */
            agreement_ids: number[];
            /** @description the linked agreements the reader may read */
            readonly agreements?: components["schemas"]["ResearchProjectAgreement"][];
            /** @description what the reader may do now */
            readonly allowed_actions?: "update"[];
            /** @description ISO date, not before the start */
            end_date: string;
            funding: components["schemas"]["ResearchFunding"][];
            readonly id: number;
            investigators: components["schemas"]["ResearchInvestigator"][];
            org_unit?: components["schemas"]["ResearchProjectUnit"] | null;
            /** @description the lead department; a coordinator's own */
            org_unit_id: number | null;
            outputs: components["schemas"]["ResearchOutput"][];
            /** @description the partners with the registry's names */
            readonly partner_details?: components["schemas"]["ResearchProjectPartnerView"][];
            partners: components["schemas"]["ResearchProjectPartner"][];
            /** @description ISO date */
            start_date: string;
            /** @enum {string} */
            status?: "planned" | "active" | "ended";
            summary: string | null;
            title: string;
            readonly version: number;
            /** @description scholar cases: the visits the project funds */
            visit_ids: number[];
            /** @description the linked scholar cases the reader may read */
            readonly visits?: components["schemas"]["ResearchProjectVisit"][];
        };
        ResearchProjectVisit: {
            /** @enum {string} */
            direction: "outgoing" | "incoming";
            /** @description the scholar case */
            id: number;
            /** @enum {string} */
            kind: "faculty" | "visiting" | "exchange";
            /** @description the scholar's display name */
            person: string;
            /** @enum {string} */
            status: "requested" | "screening" | "approved" | "permit_visa" | "arrived" | "registered" | "active" | "extended" | "departed" | "closed" | "declined" | "withdrawn";
        };
        ResetLink: {
            /** Format: date-time */
            expires: string;
            /** @description /reset-password#token=… */
            path: string;
            /** @description shown once */
            token: string;
        };
        RowError: {
            field: string;
            /** @description the 1-based line of the file */
            line: number;
            message: string;
        };
        RuleSet: {
            authority: string;
            id: string;
            /** @description legal_clocks, work_permit_points, joint_programme_ratios, working_calendar */
            kind: string;
            name: string;
            name_zh: string;
            note: string;
            sources: components["schemas"]["RuleSource"][];
            /** @description ISO date, inclusive */
            valid_from: string;
            /** @description ISO date, inclusive; null: in force */
            valid_to: string | null;
        };
        RuleSource: {
            id: string;
            note: string;
            read_on: string;
            title: string;
            url: string;
        };
        ScholarCaseInput: {
            agreement_id?: number | null;
            /**
             * @description incoming or outgoing
             * @enum {string}
             */
            direction?: "outgoing" | "incoming";
            /** @description our department; a coordinator's own */
            host_unit_id?: number | null;
            /**
             * @description faculty (recruited), visiting, exchange
             * @enum {string}
             */
            kind?: "faculty" | "visiting" | "exchange";
            /** @description the institution the scholar comes from or goes to */
            partner_id?: number | null;
            person_id?: number;
            /** @description ISO date */
            planned_end?: string | null;
            /** @description ISO date */
            planned_start?: string | null;
            position?: string | null;
            /** @description the joint project's title */
            project?: string | null;
            purpose?: string | null;
            /** @description cleared for readers who may not see it */
            residence_permit?: components["schemas"]["ScholarPermitInput"];
            /** @description cleared for readers who may not see it */
            work_permit?: components["schemas"]["ScholarPermitInput"];
        };
        ScholarCaseView: {
            agreement_id: number | null;
            /** @description what the reader may do now */
            readonly allowed_actions: ("update" | "record_event" | "transition")[];
            /** @description the states a transition by the reader may move the case to now */
            readonly allowed_transitions: ("requested" | "screening" | "approved" | "permit_visa" | "arrived" | "registered" | "active" | "extended" | "departed" | "closed" | "declined" | "withdrawn")[];
            /** @description China's legal clocks of the stay, by due time; empty for readers who may not see the case's personal data */
            readonly clocks: components["schemas"]["ScholarClock"][];
            readonly created_at: string;
            /**
             * @description incoming or outgoing
             * @enum {string}
             */
            direction: "outgoing" | "incoming";
            /** @description the documents kept on the case, oldest first: for those who see its personal data, when the case is read on its own (absent from a page of cases) */
            readonly documents?: components["schemas"]["ScholarDocument"][];
            /** @description recorded with POST /scholars/{id}/events */
            readonly events: components["schemas"]["ScholarEvent"][];
            /** @description set by an extension */
            readonly extended_to: string;
            readonly history: components["schemas"]["HistoryEntry"][];
            host_unit: components["schemas"]["ScholarHostUnit"] | null;
            /** @description our department; a coordinator's own */
            host_unit_id: number | null;
            readonly id: number;
            /**
             * @description faculty (recruited), visiting, exchange
             * @enum {string}
             */
            kind: "faculty" | "visiting" | "exchange";
            partner: components["schemas"]["ScholarPartner"] | null;
            /** @description the institution the scholar comes from or goes to */
            partner_id: number | null;
            person: components["schemas"]["ScholarPerson"];
            person_id: number;
            /** @description whether the reader sees the permits, the notes and the clocks */
            readonly personal: boolean;
            /** @description ISO date */
            planned_end: string;
            /** @description ISO date */
            planned_start: string;
            position: string;
            /** @description the joint project's title */
            project: string;
            purpose: string;
            /** @description of a decline or a withdrawal */
            readonly reason: string;
            /** @description cleared for readers who may not see it */
            residence_permit: components["schemas"]["ScholarPermit"];
            /** @enum {string} */
            readonly status: "requested" | "screening" | "approved" | "permit_visa" | "arrived" | "registered" | "active" | "extended" | "departed" | "closed" | "declined" | "withdrawn";
            /** @description what the state leaves to the host, the office and the scholar */
            readonly tasks: components["schemas"]["ScholarTask"][];
            readonly updated_at: string;
            readonly version: number;
            /** @description cleared for readers who may not see it */
            work_permit: components["schemas"]["ScholarPermit"];
        };
        ScholarClock: {
            article: string;
            done_at: string | null;
            /** @description ISO 8601 UTC */
            due_at: string;
            /** @description the case event it runs from; 0 for an expiry */
            event: number;
            name: string;
            name_zh: string;
            /** @description ISO 8601 UTC; null: open from the trigger */
            opens_at: string | null;
            rule: string;
            /** @description the id of the rule set applied */
            rule_set: string;
            source_title: string;
            source_url: string;
            /** @enum {string} */
            state: "upcoming" | "open" | "overdue" | "done" | "late";
            /** @enum {string} */
            trigger: "first_entry" | "entry" | "re_entry" | "move" | "change" | "residence_permit_expiry" | "work_permit_expiry";
            /** @description the event's time, or the expiry's date */
            trigger_at: string;
            /** @description which set applied and why */
            why: string;
        };
        ScholarDocument: {
            content_type: string;
            filename: string;
            id: number;
            /** @enum {string} */
            kind: "passport" | "cv" | "invitation" | "contract" | "degree" | "permit" | "other";
            /** @description hex, of the content */
            sha256: string;
            /** @description bytes */
            size: number;
            uploaded_at: string;
            /** @description an e-mail for the office; a name and role for others */
            uploaded_by: string;
        };
        ScholarEvent: {
            /** @description ISO 8601 time with its offset, or a date */
            at: string;
            /** @description when what it calls for was done: the registration, the filing */
            done_at: string;
            /** @description unique within the case */
            readonly id: number;
            /**
             * @description entry (the first is the arrival), move, change, exit
             * @enum {string}
             */
            kind: "entry" | "move" | "change" | "exit";
            note: string;
        };
        ScholarEventInput: {
            /** @description ISO 8601 time with its offset, or a date */
            at?: string | null;
            /** @description when what it calls for was done: the registration, the filing */
            done_at?: string | null;
            /**
             * @description entry (the first is the arrival), move, change, exit
             * @enum {string}
             */
            kind?: "entry" | "move" | "change" | "exit";
            note?: string | null;
        };
        ScholarHostUnit: {
            id: number;
            name: string;
            name_zh: string;
        };
        ScholarPartner: {
            country: string;
            id: number;
            name: string;
            name_zh: string;
        };
        ScholarPermit: {
            /** @description the work permit's A, B or C */
            category: string;
            /** @description ISO date */
            expires_on: string;
            /** @description ISO date */
            filed_on: string;
            /** @description ISO date */
            issued_on: string;
            number: string;
            /** @description ISO date */
            renewal_filed_on: string;
        };
        ScholarPermitInput: {
            /** @description the work permit's A, B or C */
            category?: string | null;
            /** @description ISO date */
            expires_on?: string | null;
            /** @description ISO date */
            filed_on?: string | null;
            /** @description ISO date */
            issued_on?: string | null;
            number?: string | null;
            /** @description ISO date */
            renewal_filed_on?: string | null;
        };
        ScholarPerson: {
            display_name: string;
            /** @description only for readers who may see it */
            email?: string;
            family_name: string;
            given_name: string;
            id: number;
            name_zh: string;
            nationality: string;
        };
        ScholarRequestInput: {
            agreement_id?: number | null;
            /**
             * @description incoming or outgoing
             * @enum {string}
             */
            direction?: "outgoing" | "incoming";
            /** @description our department; a coordinator's own */
            host_unit_id?: number | null;
            /**
             * @description faculty (recruited), visiting, exchange
             * @enum {string}
             */
            kind?: "faculty" | "visiting" | "exchange";
            /** @description the institution the scholar comes from or goes to */
            partner_id?: number | null;
            person_id?: number;
            /** @description ISO date */
            planned_end?: string | null;
            /** @description ISO date */
            planned_start?: string | null;
            position?: string | null;
            /** @description the joint project's title */
            project?: string | null;
            purpose?: string | null;
            /** @description cleared for readers who may not see it */
            residence_permit?: components["schemas"]["ScholarPermitInput"];
            /** @description the scholar, when not yet in Orbis (instead of person_id): recorded as staff of the partner (incoming) or of the home institution */
            scholar?: components["schemas"]["PersonInput"];
            /** @description cleared for readers who may not see it */
            work_permit?: components["schemas"]["ScholarPermitInput"];
        };
        ScholarTask: {
            code: string;
            /** @enum {string} */
            owner: "host" | "office" | "scholar";
            /** @description in English; pages translate the code */
            text: string;
        };
        ScholarTransitionInput: {
            /** @description required to extend (ISO date) */
            extended_to?: string | null;
            /** @description required to decline or withdraw */
            reason?: string | null;
            /** @description required: the state to move to */
            to?: string | null;
        };
        Scholarship: {
            /** @description per participant */
            amount: components["schemas"]["Money"];
            /** @description unique within its programme */
            code: string;
            /** @description who may receive it */
            eligibility: string;
            eligibility_zh: string;
            name: string;
            name_zh: string;
            /** @description ISO alpha-2; empty: anyone */
            nationalities: string[];
            places: number | null;
            sponsor: string;
        };
        ScholarshipInput: {
            /** @description per participant */
            amount?: components["schemas"]["MoneyInput"];
            /** @description unique within its programme */
            code?: string | null;
            /** @description who may receive it */
            eligibility?: string | null;
            eligibility_zh?: string | null;
            name?: string | null;
            name_zh?: string | null;
            /** @description ISO alpha-2; empty: anyone */
            nationalities?: string[];
            places?: number | null;
            sponsor?: string | null;
        };
        ScoreInput: {
            /** @description 0 to 100, or null */
            interview_score?: number | null;
            /** @description 0 to 100, or null */
            motivation_score?: number | null;
        };
        ScoringWeights: {
            gpa: number;
            interview: number;
            language: number;
            motivation: number;
        };
        ScoringWeightsInput: {
            gpa?: number;
            interview?: number;
            language?: number;
            motivation?: number;
        };
        SeatTotals: {
            academic_year: string;
            conditions: number;
            /** @description conditions with more stays than seats */
            over: number;
            seats: number;
            /** @description used ÷ seats; null when there are no seats */
            share: number | null;
            /** @description each condition's use counted up to its seats */
            used: number;
        };
        SeatUsage: {
            academic_year: string;
            seats_free: number;
            seats_used: number;
        };
        SeatUse: {
            academic_year: string;
            agreement: components["schemas"]["SeatUseAgreement"];
            condition_id: number;
            /** @description outgoing (the home institution sends), incoming or other */
            direction: string;
            free: number;
            mobility_type: string;
            receiving: components["schemas"]["SeatUseInstitution"];
            /** @description a year; 0 when the condition names none */
            seats: number;
            sending: components["schemas"]["SeatUseInstitution"];
            /** @description used ÷ seats, 4 places; null when there are no seats */
            share: number | null;
            /** @description stays under the condition that year, not cancelled */
            used: number;
        };
        SeatUseAgreement: {
            code: string;
            id: number;
            title: string;
        };
        SeatUseInstitution: {
            id: number;
            name: string;
        };
        SecondFactorState: {
            enabled: boolean;
            /** @description set up started, not yet confirmed */
            pending: boolean;
            /** @description the setting applies to this user */
            required: boolean;
        };
        SecuritySettings: {
            /** @description admins must sign in with a second factor */
            admin_totp_required: boolean;
        };
        SecuritySettingsInput: {
            /** @description admins must sign in with a second factor */
            admin_totp_required: boolean;
        };
        Session: {
            /** @description the address it signed in from */
            client: string;
            created_at: string;
            /** @description the session this request came with */
            current: boolean;
            expires_at: string;
            id: number;
            last_used_at: string;
            user_agent: string;
        };
        Signatory: {
            name: string;
            title: string;
        };
        SignedCredential: {
            "@context": string[];
            credentialStatus?: Record<string, never> | unknown[];
            credentialSubject: Record<string, never>;
            id?: string;
            issuer: string | Record<string, never>;
            proof: Record<string, never>;
            type: string[];
            validFrom?: string;
        };
        StayAgreement: {
            code: string;
            id: number;
            title: string;
        };
        StayCall: {
            code: string;
            id: number;
            title: string;
        };
        StayNomination: {
            decided_at: string;
            decided_by: string;
            /** @enum {string} */
            decision: "pending" | "accepted" | "rejected";
            nominated_at: string;
            nominated_by: string;
            /** @description required for a rejection */
            reason: string;
        };
        StayPerson: {
            display_name: string;
            /** @description only for readers who may see it */
            email?: string;
            family_name: string;
            field: string;
            given_name: string;
            id: number;
            /** @enum {string} */
            kind: "student" | "staff";
            level: number | null;
            name_zh: string;
            nationality: string;
        };
        StayProgramme: {
            code: string;
            id: number;
            name: string;
            name_zh: string;
        };
        TeachingAgreement: {
            id: number;
            title: string;
        };
        TeachingUnit: {
            id: number;
            name: string;
            name_zh: string;
        };
        TotpCodeInput: {
            /** @description from the authenticator app */
            code: string;
        };
        TotpDisableInput: {
            /** @description from the authenticator app */
            code: string;
            password: string;
        };
        TotpEnrolment: {
            qr_svg: string;
            /** @description Base32 */
            readonly secret: string;
            uri: string;
        };
        TranscriptEntry: {
            code: string;
            /** @description ECTS */
            credits: number;
            /** @description ISO date */
            date: string;
            readonly entered_at: string;
            readonly entered_by: string;
            /** @description on the scale, as written */
            grade: string;
            readonly passed: boolean;
            /** @description a grade scale id, like ects or it30 */
            scale: string;
            /** @description partner, csv or elmo */
            readonly source: string;
            title: string;
        };
        TranscriptEntryInput: {
            code?: string | null;
            /** @description ECTS */
            credits?: number;
            /** @description ISO date */
            date?: string | null;
            /** @description on the scale, as written */
            grade?: string | null;
            /** @description a grade scale id, like ects or it30 */
            scale?: string | null;
            title?: string | null;
        };
        TranscriptInput: {
            /** @description required: the host's results, replacing those of the same course */
            entries?: components["schemas"]["TranscriptEntryInput"][];
        };
        TransitionInput: {
            /** @description required to terminate */
            reason?: string | null;
            /**
             * @description the status to move to (required)
             * @enum {string|null}
             */
            to?: "draft" | "negotiation" | "signed" | "active" | "expiring" | "expired" | "terminated" | "renewed" | null;
        };
        UnusedSeats: {
            agreement: components["schemas"]["AgreementSummary"];
            condition: components["schemas"]["Condition"];
            usage: components["schemas"]["SeatUsage"];
        };
        User: {
            active: boolean;
            email: string;
            readonly id: number;
            /** @description a partner's institution */
            institution_id: number | null;
            name: string;
            /** @description a coordinator's org unit */
            org_unit_id: number | null;
            /** @enum {string} */
            role: "admin" | "officer" | "coordinator" | "student" | "partner" | "viewer";
            /** @description whether the user signs in with a second factor */
            readonly totp_enabled: boolean;
            readonly version: number;
        };
        UserInput: {
            email: string | null;
            /** @description a partner's institution */
            institution_id?: number | null;
            name?: string | null;
            /** @description a coordinator's org unit */
            org_unit_id?: number | null;
            /** @description stored only as an Argon2id hash */
            password: string | null;
            /** @enum {string} */
            role: "admin" | "officer" | "coordinator" | "student" | "partner" | "viewer";
        };
        UserPatch: {
            /** @description false disables the account */
            active?: boolean;
            institution_id?: number | null;
            name?: string;
            org_unit_id?: number | null;
            /** @enum {string} */
            role?: "admin" | "officer" | "coordinator" | "student" | "partner" | "viewer";
        };
        Verdict: {
            /** @description empty, or level, year_of_study, gpa, gpa_missing, language, field */
            code: string;
            eligible: boolean;
            offer_id: number;
            /** @description in English */
            reason: string;
        };
        VerifyInput: {
            /** @description a signed credential, as it was signed */
            credential: {
                [key: string]: unknown;
            };
        };
        VerifyReport: {
            checks: {
                name: string;
                /** @enum {string} */
                outcome: "passed" | "failed" | "skipped";
                reason: string;
            }[];
            issuer: string;
            issuer_name: string | null;
            /** @description whether Orbis issued it */
            ours: boolean;
            /** @enum {string} */
            verdict: "valid" | "invalid" | "revoked" | "suspended";
            verificationMethod: string;
        };
        WorkPermitAssessment: {
            /** @description whole years on the assessment day */
            age: number;
            /** @enum {string} */
            basis: "points" | "talent_criteria" | "degree_and_experience" | "below_thresholds";
            /** @enum {string} */
            category: "A" | "B" | "C";
            items: components["schemas"]["WorkPermitItemPoints"][];
            /** @description the evidence still missing */
            missing: components["schemas"]["WorkPermitMissingEvidence"][];
            rule_set: string;
            rule_set_name: string;
            total: number;
            why: string;
        };
        WorkPermitCandidateInput: {
            /** @description A without points: talent plans, recognised achievements, encouraged posts */
            a_by_talent_criteria?: boolean;
            /** @description paid by the employer in China */
            annual_salary_cny?: number | null;
            /** @description ISO date: the tables holding that day apply (default: today) */
            assessed_on?: string | null;
            chinese_taught_bachelor_or_higher?: boolean;
            continuous_years_in_china?: number;
            /** @description required: ISO date */
            date_of_birth?: string | null;
            /**
             * @description none, bachelor, master, doctorate
             * @enum {string}
             */
            degree?: "none" | "bachelor" | "master" | "doctorate";
            /** @description evidence held */
            degree_verified?: boolean;
            /** @description western region, north-east old industrial base, poor county */
            encouraged_region?: boolean;
            former_chinese_national?: boolean;
            /** @description evidence held */
            hsk_certificate?: boolean;
            /** @description 1 to 6 (HSK 2.0); 0: none */
            hsk_level?: number;
            months_in_china_per_year?: number | null;
            patents?: boolean;
            /** @description 0 to 10, as the province grants */
            provincial_bonus?: number;
            /** @description evidence held: the contract */
            salary_evidence?: boolean;
            top_university_or_fortune_500?: boolean;
            /** @description relevant work, whole years */
            work_years?: number | null;
        };
        WorkPermitItemPoints: {
            /** @description the input that gave them */
            basis: string;
            /** @enum {string} */
            item: "salary" | "education" | "work_years" | "months_in_china" | "chinese" | "work_location" | "age" | "distinction" | "provincial_bonus";
            max: number;
            name: string;
            name_zh: string;
            points: number;
        };
        WorkPermitMissingEvidence: {
            /** @enum {string} */
            evidence: "degree_verification" | "hsk_certificate" | "salary_contract";
            /** @enum {string} */
            item: "salary" | "education" | "work_years" | "months_in_china" | "chinese" | "work_location" | "age" | "distinction" | "provincial_bonus";
            /** @description in English; pages translate the code */
            text: string;
        };
        WorkPermitPoints: {
            /** @description the id of the table applied */
            applied: string;
            /** @description one per points table holding on the day (the sources disagree) */
            assessments: components["schemas"]["WorkPermitAssessment"][];
            /** @description why that table applied */
            why: string;
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
    get_account: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_account_calendar_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_account_password: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChangeInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Login"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many failed sign-ins */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_account_sessions_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_account_totp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpEnrolment"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_account_totp_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpCodeInput"];
            };
        };
        responses: {
            /** @description success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_account_totp_disable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpDisableInput"];
            };
        };
        responses: {
            /** @description success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_agreements: {
        parameters: {
            query?: {
                /** @description words of the title, code or a partner's name */
                q?: string;
                /** @description a partner institution's id */
                partner?: number;
                /** @description a partner's ISO 3166-1 alpha-2 country */
                country?: string;
                /** @description an agreement kind */
                kind?: string;
                /** @description an effective status, including expiring and expired */
                status?: string;
                /** @description days until the end date */
                expiring_within?: number;
                /** @description an ISCED-F code or its prefix */
                isced?: string;
                /** @description how many items a page holds */
                limit?: number;
                /** @description the `next` of the page before */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AgreementSummary"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_agreements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementInput"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_agreements_import: {
        parameters: {
            query?: {
                /** @description true to check only (the default), false to import */
                dry_run?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "*/*": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportOutcome"];
                };
            };
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportOutcome"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_agreements_reminders: {
        parameters: {
            query?: {
                /** @description expiring or unused_seats: a page of that list only (the cursor's list); without it, the first page of both */
                kind?: string;
                /** @description how many items a page holds */
                limit?: number;
                /** @description the `next` of the page before */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reminders"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_agreements_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_agreements_id: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag of the version read */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_agreements_id_attachments: {
        parameters: {
            query?: {
                /** @description the partner the file is for (an annex); without it, every party sees it */
                institution?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "*/*": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_agreements_id_attachments_attachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                attachment: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_agreements_id_comments: {
        parameters: {
            query?: {
                /** @description how many items a page holds */
                limit?: number;
                /** @description the `next` of the page before */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Comment"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_agreements_id_comments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentInput"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_agreements_id_ewp_iia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_agreements_id_ewp_iia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "*/*": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EwpComparison"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_agreements_id_ewp_iia_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EwpComparison"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_agreements_id_transitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_applications: {
        parameters: {
            query?: {
                /** @description how many items a page holds */
                limit?: number;
                /** @description the `next` of the page before */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Application"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_applications_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_applications_id: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag of the version read */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationChangesInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_applications_id_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_applications_id_documents: {
        parameters: {
            query?: {
                /** @description transcript, language_certificate, motivation_letter, cv, passport, other */
                kind?: string;
                /** @description the file name */
                name?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "*/*": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_applications_id_documents_document: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                document: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_applications_id_score: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag of the version read */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoreInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_applications_id_submission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_applications_id_submit: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag of the version read */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_applications_id_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ReasonInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_audit: {
        parameters: {
            query?: {
                /** @description entries after this sequence number */
                after?: number;
                /** @description page size, 1 to 500 (default 100) */
                limit?: number;
                /** @description the `next` of the page before (as after) */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEntry"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_audit_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerification"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Login"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many failed sign-ins */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_auth_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_auth_password_reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetInput"];
            };
        };
        responses: {
            /** @description success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_calendar_token: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_calls: {
        parameters: {
            query?: {
                /** @description how many items a page holds */
                limit?: number;
                /** @description the `next` of the page before */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Call"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_calls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallInput"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_calls_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_calls_id: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag of the version read */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_calls_id_applications: {
        parameters: {
            query?: {
                /** @description an application status */
                status?: "draft" | "submitted" | "eligible" | "ineligible" | "placed" | "waitlisted" | "unplaced" | "nominated" | "accepted" | "rejected" | "confirmed" | "withdrawn";
                /** @description how many items a page holds */
                limit?: number;
                /** @description the `next` of the page before */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Application"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_calls_id_applications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationInput"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_calls_id_applications_import: {
        parameters: {
            query?: {
                /** @description true to check only (the default), false to import */
                dry_run?: boolean;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "*/*": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MobilityImportOutcome"];
                };
            };
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MobilityImportOutcome"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_calls_id_nominations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationCount"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_calls_id_offers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfferInput"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_calls_id_placement_runs: {
        parameters: {
            query?: {
                /** @description how many items a page holds */
                limit?: number;
                /** @description the `next` of the page before */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PlacementRun"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_calls_id_placement_runs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PlacementRunInput"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementRun"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_calls_id_refill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementRun"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_countries: {
        parameters: {
            query?: {
                /** @description how many items a page holds */
                limit?: number;
                /** @description the `next` of the page before */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Country"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_credentials: {
        parameters: {
            query?: {
                /** @description the recipient's name or email, or the id */
                q?: string;
                /** @description active, suspended or revoked */
                status?: string;
                /** @description the credential type */
                type?: string;
                /** @description how many items a page holds */
                limit?: number;
                /** @description the `next` of the page before */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CredentialRecord"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_credentials: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CredentialInput"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialRecord"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_credentials_issuer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuerAddress"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_credentials_keys_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyRotation"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_credentials_status_purpose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                purpose: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vc+json": components["schemas"]["SignedCredential"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_credentials_credential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                credential: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialRecord"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_credentials_credential_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                credential: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CredentialStatusInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialRecord"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description success */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_home: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Home"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_indicators: {
        parameters: {
            query?: {
                /** @description the first academic year, by the year it begins in (2022) */
                from?: number;
                /** @description the last academic year (default: the current one) */
                to?: number;
                /** @description an org unit's (a coordinator sees their own only) */
                org_unit?: number;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Indicator"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_indicators_certification: {
        parameters: {
            query?: {
                /** @description the first academic year, by the year it begins in (2022) */
                from?: number;
                /** @description the last academic year (default: the current one) */
                to?: number;
                /** @description an org unit's (a coordinator sees their own only) */
                org_unit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certification"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_indicators_exchange_balance: {
        parameters: {
            query?: {
                /** @description the academic year, by the year it begins in (default: the current one) */
                year?: number;
                /** @description agreements of an org unit's (a coordinator sees their own only) */
                org_unit?: number;
                /** @description how many items a page holds */
                limit?: number;
                /** @description the `next` of the page before */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PartnerExchange"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_indicators_exchange_balance_agreements: {
        parameters: {
            query?: {
                /** @description the academic year, by the year it begins in (default: the current one) */
                year?: number;
                /** @description agreements of an org unit's (a coordinator sees their own only) */
                org_unit?: number;
                /** @description how many items a page holds */
                limit?: number;
                /** @description the `next` of the page before */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AgreementExchange"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_indicators_figures: {
        parameters: {
            query?: {
                /** @description the first academic year, by the year it begins in (2022) */
                from?: number;
                /** @description the last academic year (default: the current one) */
                to?: number;
                /** @description an org unit's (a coordinator sees their own only) */
                org_unit?: number;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["IndicatorFigure"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_indicators_figures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IndicatorFigureEntryInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorFigure"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_indicators_figures_import: {
        parameters: {
            query?: {
                /** @description true to check only (the default), false to import */
                dry_run?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "*/*": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MobilityImportOutcome"];
                };
            };
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MobilityImportOutcome"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_indicators_funding: {
        parameters: {
            query?: {
                /** @description the academic year, by the year it begins in (default: the current one) */
                year?: number;
                /** @description an org unit's (a coordinator sees their own only) */
                org_unit?: number;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FundingGroup"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_indicators_national: {
        parameters: {
            query?: {
                /** @description the first academic year, by the year it begins in (2022) */
                from?: number;
                /** @description the last academic year (default: the current one) */
                to?: number;
                /** @description an org unit's students (a coordinator sees their own) */
                org_unit?: number;
                /** @description the country compared with, ISO 3166-1 alpha-2 (default: the home institution's) */
                country?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalComparison"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_indicators_national_years: {
        parameters: {
            query?: {
                /** @description the first academic year, by the year it begins in (2022) */
                from?: number;
                /** @description the last academic year (default: the current one) */
                to?: number;
                /** @description an org unit's students (a coordinator sees their own) */
                org_unit?: number;
                /** @description the country compared with, ISO 3166-1 alpha-2 (default: the home institution's) */
                country?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["NationalYear"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_indicators_partners: {
        parameters: {
            query?: {
                /** @description country (default), region or type */
                by?: "country" | "region" | "type";
                /** @description the academic year, by the year it begins in (default: the current one) */
                year?: number;
                /** @description agreements and stays of an org unit's (a coordinator sees their own only) */
                org_unit?: number;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PartnerGroup"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_indicators_programmes: {
        parameters: {
            query?: {
                /** @description the academic year, by the year it begins in (default: the current one) */
                year?: number;
                /** @description an org unit's (a coordinator sees their own only) */
                org_unit?: number;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ProgrammeGroup"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_indicators_recognition: {
        parameters: {
            query?: {
                /** @description how many items a page holds */
                limit?: number;
                /** @description the `next` of the page before */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RecognitionRate"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_indicators_report: {
        parameters: {
            query?: {
                /** @description the first academic year, by the year it begins in (2022) */
                from?: number;
                /** @description the last academic year (default: the current one) */
                to?: number;
                /** @description an org unit's (a coordinator sees their own only) */
                org_unit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_indicators_seat_utilisation: {
        parameters: {
            query?: {
                /** @description the academic year, by the year it begins in (default: the current one) */
                year?: number;
                /** @description agreements of an org unit's (a coordinator sees their own only) */
                org_unit?: number;
                /** @description how many items a page holds */
                limit?: number;
                /** @description the `next` of the page before */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SeatUse"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_indicators_seat_utilisation_totals: {
        parameters: {
            query?: {
                /** @description the academic year, by the year it begins in (default: the current one) */
                year?: number;
                /** @description an org unit's (a coordinator sees their own only) */
                org_unit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeatTotals"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_indicators_targets: {
        parameters: {
            query?: {
                /** @description the first academic year, by the year it begins in (2022) */
                from?: number;
                /** @description the last academic year (default: the current one) */
                to?: number;
                /** @description an org unit's (a coordinator sees their own only) */
                org_unit?: number;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["IndicatorTarget"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_indicators_targets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IndicatorTargetEntryInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorTarget"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_indicators_targets: {
        parameters: {
            query?: {
                /** @description required: the indicator's id */
                indicator?: string;
                /** @description required: the year the academic year begins in */
                year?: number;
                /** @description left out: the whole institution's */
                org_unit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_indicators_indicator_records: {
        parameters: {
            query?: {
                /** @description required: the academic year, by the year it begins in */
                year?: number;
                /** @description an org unit's (a coordinator sees their own only) */
                org_unit?: number;
                /** @description how many items a page holds */
                limit?: number;
                /** @description the `next` of the page before */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path: {
                indicator: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["IndicatorRecord"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_institutions: {
        parameters: {
            query?: {
                /** @description words of a name in any script, an acronym, or a web domain */
                q?: string;
                /** @description ISO 3166-1 alpha-2 code */
                country?: string;
                /** @description education, company, facility, funder, government, healthcare, nonprofit, archive or other */
                type?: string;
                /** @description how many items a page holds */
                limit?: number;
                /** @description the `next` of the page before */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["InstitutionSummary"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_institutions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstitutionInput"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Institution"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_institutions_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Institution"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_institutions_id: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag of the version read */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstitutionInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Institution"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_institutions_id_courses: {
        parameters: {
            query?: {
                /** @description how many items a page holds */
                limit?: number;
                /** @description the `next` of the page before */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Course"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_institutions_id_courses_import: {
        parameters: {
            query?: {
                /** @description true to check only (the default), false to import */
                dry_run?: boolean;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "*/*": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MobilityImportOutcome"];
                };
            };
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MobilityImportOutcome"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_institutions_id_credit_system: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditSystem"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_institutions_id_credit_system: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditSystemInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditSystem"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_institutions_id_org_units: {
        parameters: {
            query?: {
                /** @description how many items a page holds */
                limit?: number;
                /** @description the `next` of the page before */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OrgUnit"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_institutions_id_org_units: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrgUnitInput"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnit"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_institutions_id_research: {
        parameters: {
            query?: {
                /** @description the first year of publication (default: four before `to`) */
                from?: number;
                /** @description the last year of publication (default: this year) */
                to?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerResearch"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_joint_courses: {
        parameters: {
            query?: {
                /** @description words of the code or the title */
                q?: string;
                /** @description the academic year's first calendar year: 2026 for 2026/2027 */
                year?: number;
                /** @description coil, co_taught or blended */
                mode?: string;
                /** @description an institution's id: the courses taught with it */
                partner?: number;
                /** @description the department's org unit id */
                org_unit?: number;
                /** @description an agreement's id: the courses that run under it */
                agreement?: number;
                /** @description page size, 1 to 200 (default 50) */
                limit?: number;
                /** @description the `next` value of the previous page */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["JointCourseView"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_joint_courses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JointCourseInput"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JointCourseView"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_joint_courses_years: {
        parameters: {
            query?: {
                /** @description the first academic year: 2022 for 2022/2023 */
                from?: number;
                /** @description the last academic year, at most 20 after the first */
                to?: number;
                /** @description coil, co_taught or blended */
                mode?: string;
                /** @description an institution's id */
                partner?: number;
                /** @description the department's org unit id */
                org_unit?: number;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["JointCourseYear"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_joint_courses_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JointCourseView"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_joint_courses_id: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag of the version read */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JointCourseInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JointCourseView"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_joint_programmes: {
        parameters: {
            query?: {
                /** @description words of the names or the approval number */
                q?: string;
                /** @description associate, bachelor, master or doctoral */
                level?: string;
                /** @description an institution's id: the programmes it is a partner in */
                partner?: number;
                /** @description the department's org unit id */
                org_unit?: number;
                /** @description an agreement's id: the programmes resting on it */
                agreement?: number;
                /** @description page size, 1 to 200 (default 50) */
                limit?: number;
                /** @description the `next` value of the previous page */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["JointProgrammeView"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_joint_programmes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JointProgrammeInput"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JointProgrammeView"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_joint_programmes_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JointProgrammeView"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_joint_programmes_id: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag of the version read */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JointProgrammeInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JointProgrammeView"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_mobilities: {
        parameters: {
            query?: {
                /** @description outgoing or incoming */
                direction?: string;
                /** @description nominated, accepted, preparing, abroad, completed, recognised, cancelled */
                status?: string;
                /** @description academic year, like 2026/2027 */
                year?: string;
                /** @description a person's id */
                person?: number;
                /** @description the sending or receiving institution's id */
                institution?: number;
                /** @description an agreement's id */
                agreement?: number;
                /** @description true: only stays whose learning agreement waits for the reader's side to sign its newest version (a student's own, a partner's, else the home institution's) */
                awaiting_signature?: boolean;
                /** @description page size, 1 to 200 (default 50) */
                limit?: number;
                /** @description the `next` value of the previous page */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Mobility"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_mobilities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MobilityInput"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mobility"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_mobilities_import: {
        parameters: {
            query?: {
                /** @description true to check only (the default), false to import */
                dry_run?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "*/*": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MobilityImportOutcome"];
                };
            };
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MobilityImportOutcome"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_mobilities_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mobility"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_mobilities_id: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag of the version read */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MobilityInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mobility"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_mobilities_id_credentials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MobilityCredentialInput"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialRecord"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_mobilities_id_ewp_la: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_mobilities_id_learning_agreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningAgreement"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_mobilities_id_learning_agreement_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LaVersionInput"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningAgreement"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_mobilities_id_learning_agreement_versions_number_approval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LaApprovalInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningAgreement"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_mobilities_id_learning_agreement_versions_number_comments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LaCommentInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningAgreement"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_mobilities_id_recognition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecognitionInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningAgreement"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_mobilities_id_transcript: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranscriptInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningAgreement"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_mobilities_id_transcript_import: {
        parameters: {
            query?: {
                /** @description the grade scale of the results (default: by the host's country) */
                scale?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "*/*": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningAgreement"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_mobilities_id_transitions: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag of the version read */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MobilityTransitionInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mobility"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_nominations: {
        parameters: {
            query?: {
                /** @description pending (default), accepted or rejected */
                state?: string;
                /** @description outgoing or incoming */
                direction?: string;
                /** @description academic year */
                year?: string;
                /** @description page size, 1 to 200 */
                limit?: number;
                /** @description the `next` value of the previous page */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Mobility"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_nominations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IncomingNominationInput"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mobility"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_nominations_id_decision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mobility"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_openapi_json: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_people: {
        parameters: {
            query?: {
                /** @description words of a name in any script, or the email */
                q?: string;
                /** @description student or staff */
                kind?: string;
                /** @description ISO 3166-1 alpha-2 */
                nationality?: string;
                /** @description the home institution's id */
                institution?: number;
                /** @description how many items a page holds */
                limit?: number;
                /** @description the `next` of the page before */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Person"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_people: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonInput"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_people_graduations_import: {
        parameters: {
            query?: {
                /** @description true to check only (the default), false to import */
                dry_run?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "*/*": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MobilityImportOutcome"];
                };
            };
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MobilityImportOutcome"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_people_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_people_id: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag of the version read */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_placement_runs_compare: {
        parameters: {
            query?: {
                /** @description a run id */
                a?: number;
                /** @description another run of the same call */
                b?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementComparison"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_placement_runs_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementRun"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_placement_runs_id_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementRun"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_programmes: {
        parameters: {
            query?: {
                /** @description how many items a page holds */
                limit?: number;
                /** @description the `next` of the page before */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Programme"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_programmes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgrammeInput"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Programme"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_programmes_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Programme"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_programmes_id: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag of the version read */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgrammeInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Programme"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_public_credentials_credential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                credential: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedCredential"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_public_credentials_credential_qr_svg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                credential: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_public_programmes: {
        parameters: {
            query?: {
                /** @description how many items a page holds */
                limit?: number;
                /** @description the `next` of the page before */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PublicProgramme"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_research_projects: {
        parameters: {
            query?: {
                /** @description words of the title or the acronym */
                q?: string;
                /** @description planned, active or ended (by the dates and today) */
                status?: string;
                /** @description an institution's id: projects it is a partner in */
                partner?: number;
                /** @description the lead department's org unit id */
                org_unit?: number;
                /** @description an agreement's id: the projects that work under it */
                agreement?: number;
                /** @description a scholar case's id: the projects that fund the visit */
                visit?: number;
                /** @description page size, 1 to 200 (default 50) */
                limit?: number;
                /** @description the `next` value of the previous page */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ResearchProjectSummary"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_research_projects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResearchProjectInput"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResearchProjectView"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_research_projects_import: {
        parameters: {
            query?: {
                /** @description true to check only (the default), false to import */
                dry_run?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "*/*": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResearchProjectImport"];
                };
            };
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResearchProjectImport"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_research_projects_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResearchProjectView"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_research_projects_id: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag of the version read */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResearchProjectInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResearchProjectView"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_research_co_publications: {
        parameters: {
            query?: {
                /** @description the first year of publication (default: four before `to`) */
                from?: number;
                /** @description the last year of publication (default: this year) */
                to?: number;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CoPublicationPartner"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_research_publications_import: {
        parameters: {
            query?: {
                /** @description true to check only (the default), false to import */
                dry_run?: boolean;
                /** @description the extract is the whole record: publications recorded and not in it are removed (default false) */
                replace?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "*/*": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationImport"];
                };
            };
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationImport"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_rules: {
        parameters: {
            query?: {
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RuleSet"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_scholars: {
        parameters: {
            query?: {
                /** @description requested, screening, approved, permit_visa, arrived, registered, active, extended, departed, closed, declined, withdrawn */
                status?: string;
                /** @description faculty, visiting, exchange */
                kind?: string;
                /** @description incoming or outgoing */
                direction?: string;
                /** @description a person's id */
                person?: number;
                /** @description our department's org unit id */
                host_unit?: number;
                /** @description true: only arrived, registered, active or extended cases */
                in_stay?: boolean;
                /** @description page size, 1 to 200 (default 50) */
                limit?: number;
                /** @description the `next` value of the previous page */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ScholarCaseView"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_scholars: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScholarRequestInput"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScholarCaseView"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_scholars_overdue: {
        parameters: {
            query?: {
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OverdueScholarClock"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_scholars_work_permit_points: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkPermitCandidateInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkPermitPoints"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_scholars_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScholarCaseView"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_scholars_id: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag of the version read */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScholarCaseInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScholarCaseView"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_scholars_id_documents: {
        parameters: {
            query?: {
                /** @description passport, cv, invitation, contract, degree, permit or other */
                kind?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "*/*": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScholarDocument"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_scholars_id_documents_document: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                document: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_scholars_id_events: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag of the version read */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScholarEventInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScholarCaseView"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_scholars_id_events_event: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag of the version read */
                "If-Match": string;
            };
            path: {
                id: number;
                event: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScholarEventInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScholarCaseView"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_scholars_id_orcid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_scholars_id_transitions: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag of the version read */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScholarTransitionInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScholarCaseView"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_settings_agreements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementSettings"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_settings_agreements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementSettingsInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementSettings"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_settings_home: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HomeInstitution"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_settings_home: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HomeInstitutionInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HomeInstitution"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_settings_security: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecuritySettings"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_settings_security: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecuritySettingsInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecuritySettings"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_users: {
        parameters: {
            query?: {
                /** @description how many items a page holds */
                limit?: number;
                /** @description the `next` of the page before */
                cursor?: string;
                /** @description Export every row the other parameters select as a file (limit and cursor are then ignored): csv (UTF-8 with a BOM) or xlsx */
                format?: "csv" | "xlsx";
                /** @description With format: the language of the headings, en or zh (default: from Accept-Language, else en) */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["User"][];
                        next: string | null;
                        total?: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_users: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserInput"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_users_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_users_id: {
        parameters: {
            query?: never;
            header: {
                /** @description the ETag of the version read */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPatch"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_users_id_password_reset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetLink"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_users_id_totp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyInput"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyReport"];
                };
            };
            /** @description malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description an error (RFC 9457 problem) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
