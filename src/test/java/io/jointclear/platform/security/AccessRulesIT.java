package io.jointclear.platform.security;

import io.jointclear.support.TestNumbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import tools.jackson.databind.JsonNode;

/**
 * Role × endpoint matrix over real HTTP with the demo users. "Allowed" means the security layer let
 * the request through (any answer but 401/403: the endpoint may still say 400 or 404); paths of
 * modules not written yet are checked the same way, since the rules apply before any controller.
 */
@DemoUsersIntegrationTest
class AccessRulesIT {

    private static final String NOBODY = "(anonymous)";
    private static final List<String> USERS =
            List.of(NOBODY, "broker", "broker2", "carrier", "courier", "immex", "officer-mx", "officer-us", "analyst", "auditor",
                    "admin");
    private static final String NO_CROSSING = "/api/v1/crossings/00000000-0000-0000-0000-000000000000";
    private static final String NO_OPERATOR = "/api/v1/operators/00000000-0000-0000-0000-000000000000";
    private static final String NO_CASE = "/api/v1/cases/00000000-0000-0000-0000-000000000000";

    @LocalServerPort
    int port;

    @Autowired
    ConfiguredUsers users;

    @Autowired
    RequestMappingHandlerAdapter mvc;

    /** One endpoint: who passes security, who is refused; users in neither set are left to the module. */
    record Rule(String method, String path, String body, Set<String> allowed, Set<String> refused) {
        static Rule only(String method, String path, String body, Set<String> allowed) {
            Set<String> refused = new java.util.TreeSet<>(USERS);
            refused.removeAll(allowed);
            refused.remove(NOBODY);
            return new Rule(method, path, body, allowed, refused);
        }
    }

    private static final Set<String> EVERYONE =
            Set.of("broker", "broker2", "carrier", "officer-mx", "officer-us", "analyst", "auditor", "admin");
    /** Every signed-in user, courier companies and IMMEX companies included: the calculators read nothing stored. */
    private static final Set<String> SIGNED_IN =
            Set.of("broker", "broker2", "carrier", "courier", "immex", "officer-mx", "officer-us", "analyst", "auditor", "admin");
    /** Who reads IMMEX programs and ledgers: the company (its own, scoped by the module) and every official. */
    private static final Set<String> IMMEX_READERS = Set.of("immex", "officer-mx", "officer-us", "analyst", "auditor", "admin");
    private static final String NO_PROGRAM = "/api/v1/immex/programs/00000000-0000-0000-0000-000000000000";

    private static final List<Rule> RULES = List.of(
            new Rule("GET", "/api/v1/reference/port-pairs", null, Set.copyOf(USERS), Set.of()),
            new Rule("GET", "/api/v1/reference/exchange-rates/USD/MXN?date=2025-03-10", null, Set.copyOf(USERS), Set.of()),
            Rule.only("PUT", "/api/v1/reference/tariff/MX/rates", "fraccion,igi,ige,valid_from,valid_to,source\n", Set.of("admin")),
            Rule.only("PUT", "/api/v1/reference/exchange-rates/USD/MXN", "date,mxn_per_usd_fix\n", Set.of("admin")),
            Rule.only("POST", "/api/v1/assessments", "{}", SIGNED_IN),
            Rule.only("PUT", "/api/v1/tariff/measures/any", "{}", Set.of("admin")),
            Rule.only("GET", "/api/v1/audit/verify", null, Set.of("auditor", "admin")),
            Rule.only("GET", "/api/v1/audit/entries?subjectId=x", null, Set.of("auditor", "admin")),
            Rule.only("GET", "/api/v1/audit/checkpoints", null, Set.of("auditor", "admin")),
            Rule.only("GET", "/api/v1/statistics/any", null, Set.of("analyst", "officer-mx", "officer-us", "auditor", "admin")),
            Rule.only("GET", NO_CROSSING, null, Set.of("broker", "broker2", "carrier", "officer-mx", "officer-us", "analyst", "admin")),
            Rule.only("GET", "/api/v1/crossings", null, Set.of("broker", "broker2", "carrier", "officer-mx", "officer-us", "analyst", "admin")),
            new Rule("POST", "/api/v1/crossings", "{}", Set.of(), Set.of("carrier", "analyst", "auditor")),
            Rule.only("POST", "/api/v1/crossings/batch", "{\"crossings\":[]}", Set.of("broker", "broker2", "admin")),
            Rule.only("POST", "/api/v1/declarations/import?format=M3", "{}", Set.of("broker", "broker2")),
            Rule.only("GET", NO_CROSSING + "/declarations/MX/export?format=M3", null,
                    Set.of("broker", "broker2", "carrier", "officer-mx", "officer-us", "analyst", "admin")),
            new Rule("POST", NO_CROSSING + "/arrival", "{\"at\":\"2026-03-10T15:00:00Z\"}",
                    Set.of("carrier", "officer-mx", "officer-us", "admin"), Set.of("analyst", "auditor")),
            new Rule("POST", NO_CROSSING + "/decisions", "{\"authority\":\"MX\",\"decision\":\"RELEASE\"}",
                    Set.of(), Set.of("carrier", "analyst", "auditor")),
            // the truck manifest: carriers file it; whoever sees a crossing may ask for its manifest and DODA
            Rule.only("POST", "/api/v1/manifests", "{}", Set.of("carrier")),
            Rule.only("PUT", "/api/v1/manifests/00000000-0000-0000-0000-000000000000", "{}", Set.of("carrier")),
            Rule.only("GET", "/api/v1/manifests/00000000-0000-0000-0000-000000000000", null,
                    Set.of("carrier", "officer-mx", "officer-us", "analyst", "auditor", "admin")),
            Rule.only("GET", NO_CROSSING + "/manifest", null, EVERYONE),
            Rule.only("GET", NO_CROSSING + "/doda", null, EVERYONE),
            // courier manifests: only courier companies file; reads are scoped by the module (a courier its own,
            // officials all; the per-courier irregularity rates refuse couriers there)
            Rule.only("POST", "/api/v1/courier/manifests", "{}", Set.of("courier")),
            Rule.only("GET", "/api/v1/courier/manifests/00000000-0000-0000-0000-000000000000", null,
                    Set.of("courier", "officer-mx", "officer-us", "analyst", "auditor", "admin")),
            Rule.only("GET", "/api/v1/courier/manifests/00000000-0000-0000-0000-000000000000/consignments?guide=G", null,
                    Set.of("courier", "officer-mx", "officer-us", "analyst", "auditor", "admin")),
            Rule.only("GET", "/api/v1/courier/irregularities", null,
                    Set.of("officer-mx", "officer-us", "analyst", "auditor", "admin")),
            // officers decide on consignments (the module checks the authority: MX southbound, US northbound);
            // officials read the decided ones, a courier each of its own through the consignment
            Rule.only("POST", "/api/v1/courier/manifests/00000000-0000-0000-0000-000000000000/decisions",
                    "{\"guide\":\"G\",\"decision\":\"RELEASE\"}", Set.of("officer-mx", "officer-us")),
            Rule.only("GET", "/api/v1/courier/manifests/00000000-0000-0000-0000-000000000000/decisions", null,
                    Set.of("officer-mx", "officer-us", "analyst", "auditor", "admin")),
            Rule.only("GET", "/api/v1/declarations/MX/262434566001234/export?format=M3", null, Set.of("broker", "broker2")),
            // targeting is for officials: traders are refused the rules, thresholds and value references
            Rule.only("GET", "/api/v1/risk/rules", null, Set.of("officer-mx", "officer-us", "analyst", "auditor", "admin")),
            Rule.only("GET", "/api/v1/risk/thresholds", null, Set.of("officer-mx", "officer-us", "analyst", "auditor", "admin")),
            Rule.only("GET", "/api/v1/risk/value-references", null, Set.of("officer-mx", "officer-us", "analyst", "auditor", "admin")),
            // issue 18: drift, its alerts and the champion/challenger decisions are targeting information (officials only);
            // running the drift check stores alerts: analysts and administrators
            Rule.only("GET", "/api/v1/risk/drift?week=1999-01-04", null, Set.of("officer-mx", "officer-us", "analyst", "auditor", "admin")),
            Rule.only("GET", "/api/v1/risk/drift/alerts?from=1999-01-04", null,
                    Set.of("officer-mx", "officer-us", "analyst", "auditor", "admin")),
            Rule.only("POST", "/api/v1/risk/drift/check?week=1999-01-04", "", Set.of("analyst", "admin")),
            Rule.only("GET", "/api/v1/risk/models/challenges", null, Set.of("officer-mx", "officer-us", "analyst", "auditor", "admin")),
            // issue 11: refunds and what-ifs of the entries sent are calculators (nothing stored is read);
            // refunds of stored entries are for brokers (their agency's), analysts, auditors and administrators;
            // batch what-ifs read every stored declaration of both countries: analysts and administrators only
            Rule.only("POST", "/api/v1/tariff/refunds/ieepa", "{\"entries\":[]}", SIGNED_IN),
            Rule.only("GET", "/api/v1/tariff/refunds/ieepa?from=2026-01-01&to=2026-01-31", null,
                    Set.of("broker", "broker2", "analyst", "auditor", "admin")),
            Rule.only("GET", "/api/v1/tariff/refunds/ieepa?from=2026-01-01&to=2026-01-31&format=csv", null,
                    Set.of("broker", "broker2", "analyst", "auditor", "admin")),
            Rule.only("GET", "/api/v1/tariff/refunds/interest-rates", null, SIGNED_IN),
            Rule.only("POST", "/api/v1/tariff/refunds/interest-rates", "{}", Set.of("admin")),
            Rule.only("POST", "/api/v1/assessments/what-if", "{}", SIGNED_IN),
            Rule.only("POST", "/api/v1/assessments/what-if/batch", "{}", Set.of("analyst", "admin")),
            Rule.only("GET", "/api/v1/assessments/what-if/batch", null, Set.of("analyst", "admin")),
            Rule.only("GET", "/api/v1/assessments/what-if/batch/00000000-0000-0000-0000-000000000000", null,
                    Set.of("analyst", "admin")),
            Rule.only("GET", "/api/v1/assessments/what-if/batch/00000000-0000-0000-0000-000000000000/result", null,
                    Set.of("analyst", "admin")),
            // issue 14: misclassification detections are confidential targeting — officials, analysts, auditors and
            // administrators read them; analysts and Mexican officers decide; traders never see them
            Rule.only("GET", "/api/v1/compliance/detections", null,
                    Set.of("officer-mx", "officer-us", "analyst", "auditor", "admin")),
            Rule.only("GET", "/api/v1/compliance/detections/00000000-0000-0000-0000-000000000000", null,
                    Set.of("officer-mx", "officer-us", "analyst", "auditor", "admin")),
            Rule.only("POST", "/api/v1/compliance/detections/00000000-0000-0000-0000-000000000000/confirm",
                    "{\"reason\":\"lab\"}", Set.of("officer-mx", "analyst")),
            Rule.only("POST", "/api/v1/compliance/detections/00000000-0000-0000-0000-000000000000/dismiss",
                    "{\"reason\":\"lab\"}", Set.of("officer-mx", "analyst")),
            Rule.only("GET", "/api/v1/compliance/detections/00000000-0000-0000-0000-000000000000/reclassification", null,
                    Set.of("officer-mx", "officer-us", "analyst", "auditor", "admin")),
            Rule.only("POST", "/api/v1/compliance/detections/00000000-0000-0000-0000-000000000000/reclassification", "{}",
                    Set.of("officer-mx", "analyst")),
            Rule.only("GET", "/api/v1/compliance/reports/misclassifications?format=csv", null,
                    Set.of("officer-mx", "officer-us", "analyst", "auditor", "admin")),
            Rule.only("POST", "/api/v1/compliance/model/training", "{}", Set.of("officer-mx", "analyst")),
            Rule.only("POST", "/api/v1/compliance/screening?from=2026-01-01&to=2026-01-31", "{}",
                    Set.of("officer-mx", "analyst", "admin")),
            Rule.only("PUT", "/api/v1/compliance/detections/00000000-0000-0000-0000-000000000000", "{}", Set.of()),
            // the tariff's revisions are public reference data; importing one is an administrator's act
            new Rule("GET", "/api/v1/reference/htsus/revisions", null, Set.copyOf(USERS), Set.of()),
            Rule.only("POST", "/api/v1/reference/htsus/revisions?revision=not-a-revision&effectiveDate=2099-01-01", "{}",
                    Set.of("admin")),
            // issue 13, the registry of operators: everyone signed in reads (the module scopes a trader to its own
            // record, 404 for any other); administrators and officers maintain it (the module checks the authority)
            Rule.only("GET", "/api/v1/operators?type=COURIER", null, SIGNED_IN),
            Rule.only("GET", "/api/v1/operators", null, SIGNED_IN),
            Rule.only("GET", NO_OPERATOR, null, SIGNED_IN),
            Rule.only("POST", "/api/v1/operators", "{}", Set.of("officer-mx", "officer-us", "admin")),
            Rule.only("PUT", NO_OPERATOR, "{}", Set.of("officer-mx", "officer-us", "admin")),
            Rule.only("POST", NO_OPERATOR + "/authorisations", "{}", Set.of("officer-mx", "officer-us", "admin")),
            Rule.only("POST", NO_OPERATOR + "/authorisations/" + NO_OPERATOR.substring(NO_OPERATOR.lastIndexOf('/') + 1) + "/status",
                    "{}", Set.of("officer-mx", "officer-us", "admin")),
            Rule.only("POST", NO_OPERATOR + "/certifications", "{}", Set.of("officer-mx", "officer-us", "admin")),
            Rule.only("POST", NO_OPERATOR + "/certifications/" + NO_OPERATOR.substring(NO_OPERATOR.lastIndexOf('/') + 1)
                    + "/withdrawal", "{}", Set.of("officer-mx", "officer-us", "admin")),
            Rule.only("POST", "/api/v1/operators/import", "{}", Set.of("officer-mx", "officer-us", "admin")),
            // a filed crossing's registry flags are for officials (the module refuses traders)
            Rule.only("GET", "/api/v1/operators/crossing-flags/00000000-0000-0000-0000-000000000000", null,
                    Set.of("officer-mx", "officer-us", "analyst", "auditor", "admin")),
            // issue 13 (t13-proc): proceedings are for officials; Mexican officers and administrators act, analysts may
            // propose; a compliance score is confidential (the module lets an operator read its own only)
            Rule.only("GET", "/api/v1/proceedings?status=OPEN", null, Set.of("officer-mx", "officer-us", "analyst", "auditor", "admin")),
            Rule.only("GET", "/api/v1/proceedings/alerts", null, Set.of("officer-mx", "officer-us", "analyst", "auditor", "admin")),
            Rule.only("GET", "/api/v1/proceedings/00000000-0000-0000-0000-000000000000", null,
                    Set.of("officer-mx", "officer-us", "analyst", "auditor", "admin")),
            Rule.only("POST", "/api/v1/proceedings", "{}", Set.of("officer-mx", "analyst", "admin")),
            Rule.only("POST", "/api/v1/proceedings/00000000-0000-0000-0000-000000000000/steps", "{}", Set.of("officer-mx", "admin")),
            Rule.only("POST", "/api/v1/proceedings/00000000-0000-0000-0000-000000000000/evidence", "{}", Set.of("officer-mx", "admin")),
            Rule.only("GET", "/api/v1/operators/00000000-0000-0000-0000-000000000000/score", null, SIGNED_IN),
            Rule.only("POST", "/api/v1/operators/scores/recompute", "{}", Set.of("officer-mx", "officer-us", "analyst", "admin")),
            // enforcement cases (issue 14): officials read (the module scopes officers to their jurisdiction), a notified
            // broker or carrier reads its own summaries; custody, evidence, alerts, links and reports are officials' only;
            // analysts open cases, officers take the steps; the accessories' data are imported by administrators
            Rule.only("GET", "/api/v1/cases", null,
                    Set.of("broker", "broker2", "carrier", "officer-mx", "officer-us", "analyst", "auditor", "admin")),
            Rule.only("GET", "/api/v1/cases?status=NOTIFIED", null,
                    Set.of("broker", "broker2", "carrier", "officer-mx", "officer-us", "analyst", "auditor", "admin")),
            Rule.only("GET", NO_CASE, null,
                    Set.of("broker", "broker2", "carrier", "officer-mx", "officer-us", "analyst", "auditor", "admin")),
            Rule.only("GET", NO_CASE + "/custody", null, Set.of("officer-mx", "officer-us", "analyst", "auditor", "admin")),
            Rule.only("GET", NO_CASE + "/evidence", null, Set.of("officer-mx", "officer-us", "analyst", "auditor", "admin")),
            Rule.only("GET", NO_CASE + "/evidence/00000000-0000-0000-0000-000000000000", null,
                    Set.of("officer-mx", "officer-us", "analyst", "auditor", "admin")),
            Rule.only("GET", NO_CASE + "/related", null, Set.of("officer-mx", "officer-us", "analyst", "auditor", "admin")),
            Rule.only("GET", "/api/v1/cases/deadlines", null, Set.of("officer-mx", "officer-us", "analyst", "auditor", "admin")),
            Rule.only("GET", "/api/v1/cases/report?format=csv", null, Set.of("analyst", "auditor", "admin")),
            Rule.only("POST", "/api/v1/cases", "{}", Set.of("officer-mx", "officer-us", "analyst", "admin")),
            Rule.only("POST", NO_CASE + "/steps", "{\"step\":\"NOTIFY\"}", Set.of("officer-mx", "officer-us", "admin")),
            Rule.only("POST", NO_CASE + "/measures", "{\"kind\":\"EMBARGO\"}", Set.of("officer-mx", "officer-us", "admin")),
            Rule.only("POST", NO_CASE + "/goods", "{\"line\":1}", Set.of("officer-mx", "officer-us", "admin")),
            Rule.only("POST", NO_CASE + "/subjects", "{\"role\":\"IMPORTER\",\"key\":\"X\"}", Set.of("officer-mx", "officer-us", "admin")),
            Rule.only("POST", NO_CASE + "/notes", "{\"text\":\"x\"}", Set.of("officer-mx", "officer-us", "admin")),
            Rule.only("POST", NO_CASE + "/liability", "{}", Set.of("officer-mx", "officer-us", "admin")),
            Rule.only("POST", NO_CASE + "/custody", "{}", Set.of("officer-mx", "officer-us", "admin")),
            Rule.only("POST", NO_CASE + "/evidence", "{}", Set.of("officer-mx", "officer-us", "admin")),
            Rule.only("PUT", "/api/v1/enforcement/inpc", "month,value,source\n", Set.of("admin")),
            Rule.only("PUT", "/api/v1/enforcement/recargos", "valid_from,valid_to,monthly_rate,source\n", Set.of("admin")),
            // issue 12, IMMEX: the company keeps its own program's catalogues and ledger, officials read every program,
            // programs are registered by Mexican officers and administrators; traders other than the company see none
            Rule.only("GET", "/api/v1/immex/programs", null, IMMEX_READERS),
            Rule.only("POST", "/api/v1/immex/programs", "{}", Set.of("officer-mx", "admin")),
            Rule.only("GET", NO_PROGRAM, null, IMMEX_READERS),
            Rule.only("GET", NO_PROGRAM + "/balances", null, IMMEX_READERS),
            Rule.only("GET", NO_PROGRAM + "/balances?partNumber=RES-1&openOnly=true", null, IMMEX_READERS),
            Rule.only("GET", NO_PROGRAM + "/alerts", null, IMMEX_READERS),
            Rule.only("GET", NO_PROGRAM + "/discharges", null, IMMEX_READERS),
            // issue 12 item 4 (t12-tmec): art. 2.5 T-MEC obligations, read like the ledger (the module scopes the company)
            Rule.only("GET", NO_PROGRAM + "/obligations", null, IMMEX_READERS),
            Rule.only("PUT", NO_PROGRAM + "/materials", "part_number\n", Set.of("immex", "admin")),
            Rule.only("PUT", NO_PROGRAM + "/products", "part_number\n", Set.of("immex", "admin")),
            Rule.only("PUT", NO_PROGRAM + "/boms", "product\n", Set.of("immex", "admin")),
            Rule.only("POST", NO_PROGRAM + "/entries", "{}", Set.of("immex", "admin")),
            Rule.only("POST", NO_PROGRAM + "/exits", "{}", Set.of("immex", "admin")),
            Rule.only("POST", "/api/v1/immex/transfers", "{}", Set.of("immex", "admin")),
            new Rule("GET", "/actuator/health", null, Set.copyOf(USERS), Set.of()),
            new Rule("GET", "/v3/api-docs", null, Set.copyOf(USERS), Set.of()),
            Rule.only("GET", "/actuator/metrics", null, Set.of("admin")),
            // the Prometheus scrape and the health groups of issue 16: metrics for an administrator's account only
            Rule.only("GET", "/actuator/prometheus", null, Set.of("admin")),
            new Rule("GET", "/actuator/health/database", null, Set.copyOf(USERS), Set.of()));

    @TestFactory
    Stream<DynamicTest> everyRoleOnEveryEndpoint() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : RULES) {
            for (String user : USERS) {
                tests.add(dynamicTest(rule.method() + " " + rule.path() + " as " + user, () -> check(rule, user)));
            }
        }
        return tests.stream();
    }

    private void check(Rule rule, String user) {
        Http.Response response = send(client(user), rule);
        if (rule.allowed().contains(user)) {
            assertThat(response.status()).as(response.body()).isNotIn(401, 403);
        } else if (NOBODY.equals(user)) {
            assertThat(response.status()).isEqualTo(401);
            assertProblem(response, 401, "UNAUTHENTICATED");
        } else if (rule.refused().contains(user)) {
            assertThat(response.status()).isEqualTo(403);
            assertProblem(response, 403, "FORBIDDEN");
        }
    }

    @Test
    void thePrometheusScrapeCarriesTheOperationsMetrics() {
        Http.Response scrape = client("admin").get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body()).contains("jointclear_filings_total", "jointclear_filing_declarations_count",
                "jointclear_events_pending{status=\"FAILED\"}", "jointclear_events_topics", "jointclear_filing_group_size");
        assertThat(client("admin").get("/actuator/health/database").body()).contains("UP");
        assertThat(client("admin").get("/actuator/health/kafka").status()).as("no Kafka group without Kafka").isEqualTo(404);
    }

    @Test
    void unknownUserIsAnsweredWithAProblemNotAPage() {
        Http.Response response = new Http(port).as("nobody", "nobody").get("/api/v1/audit/verify");
        assertThat(response.status()).isEqualTo(401);
        assertProblem(response, 401, "UNAUTHENTICATED");
        assertThat(response.json().get("detail").asString()).isEqualTo("The user name or password is not valid");
    }

    @Test
    void wrongPasswordIsTheSame401AsAnUnknownUser() {
        Http.Response wrong = new Http(port).as("admin", "not-the-password").put("/api/v1/reference/tariff/MX/rates",
                "text/csv", "fraccion,igi,ige,valid_from,valid_to,source\n");
        Http.Response unknown = new Http(port).as("nobody", "x").put("/api/v1/reference/tariff/MX/rates",
                "text/csv", "fraccion,igi,ige,valid_from,valid_to,source\n");
        assertProblem(wrong, 401, "UNAUTHENTICATED");
        assertThat(wrong.json().get("detail")).isEqualTo(unknown.json().get("detail"));
    }

    @Test
    void anonymousGetsABasicChallengeAndNobodyGetsASession() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(uri("/api/v1/audit/verify")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"JointClear\"");

        HttpResponse<String> admin = client.send(HttpRequest.newBuilder(uri("/api/v1/audit/verify"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void consolePathsAreNotPartOfTheApiChain() throws Exception {
        HttpResponse<String> console = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/console")).build(),
                HttpResponse.BodyHandlers.ofString());
        // Form login for the coming console, not a Basic challenge.
        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(console.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void demoUsersBecomeActorsWithAuthorityAndFiler() {
        Map<String, Actor> actors = Map.of(
                "officer-mx", actor("officer-mx"), "officer-us", actor("officer-us"), "broker", actor("broker"));
        assertThat(actors.get("officer-mx").isOfficerOf(Authority.MX)).isTrue();
        assertThat(actors.get("officer-us").isOfficerOf(Authority.US)).isTrue();
        assertThat(actors.get("officer-us").isOfficerOf(Authority.MX)).isFalse();
        assertThat(actors.get("broker").isFilerOf(Authority.MX, "3456")).isTrue();
        assertThat(actors.get("broker").isFilerOf(Authority.US, "316")).isTrue();
        assertThat(actors.get("broker").principalScope()).isEqualTo("AGENCY:aduanal-del-norte");
        assertThat(actor("broker2").isFilerOf(Authority.MX, "3210")).isTrue();
        assertThat(actor("broker2").isFilerOf(Authority.US, "317")).isTrue();
        assertThat(actor("broker2").isFilerOf(Authority.MX, "3456")).isFalse();
        assertThat(actor("carrier").carrier()).isEqualTo("TDNM");
        assertThat(actor("carrier2").carrier()).isEqualTo("FSTR");
        assertThat(actor("carrier2").principalScope()).isEqualTo("CARRIER:FSTR");
        assertThat(actor("courier").courier().id()).isEqualTo("paqueteria-del-bajio");
        assertThat(actor("courier").principalScope()).isEqualTo("COURIER:paqueteria-del-bajio");
        assertThat(actor("courier2").courier().id()).isEqualTo("envios-pacifico");
        assertThat(actor("broker3").agency().patentes()).containsExactly("3999");
        assertThat(actor("immex").company()).isEqualTo("MAQ990301AB1");
        assertThat(actor("immex").principalScope()).isEqualTo("COMPANY:MAQ990301AB1");
        assertThat(actor("immex").isTrader()).isTrue();
        assertThat(users.size()).isEqualTo(13);
    }

    /**
     * What the officers' case view shows of how a crossing was selected (field names and texts of
     * {@code CrossingView}: the selection with its reasons, rule ids, score, contributions, thresholds,
     * party history, value references, cross-check tolerances, officers' notes); none may reach a trader.
     */
    private static final List<String> TARGETING = List.of("\"selection\"", "\"reasons\"", "\"rule\"", "\"score\"",
            "\"contributions\"", "\"contribution\"", "\"feature\"", "\"policy\"", "\"explanation\"",
            "\"crossCheckFindings\"", "\"deviation\"", "\"notes\"", "\"officer\"", "threshold", "party_history",
            "hit rate", "VALUE_CONTROL", "median", "tolerance", "RISK_SCORE", "RANDOM", "EXPLORATION", "rules@");

    @Test
    void tradersSeeTheOutcomeOfARedCrossingNeverItsTargetingOfficersSeeBoth() {
        Http admin = new Http(port).as("admin", "admin");
        Http broker = new Http(port).as("broker", "broker");
        Http carrier = new Http(port).as("carrier", "carrier");
        Http officerUs = new Http(port).as("officer-us", "officer-us");
        String ruleId = "TRADER_VIEW_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        // a rule only this crossing hits (17,777 kg): US physical inspection, with a weight for the score
        Http.Response rule = admin.post("/api/v1/risk/rules", """
                {"ruleId":"%s","authority":"US","description":"Tomatoes in an unusual lot size",
                 "when":[{"attribute":"quantity","operator":"EQ","values":["17777"]}],
                 "weight":6.0,"lane":"RED","validFrom":"2026-01-01T00:00:00Z","status":"ACTIVE","reason":"test"}
                """.formatted(ruleId));
        assertThat(rule.status()).as(rule.body()).isEqualTo(201);
        try {
            int seq = TestNumbers.next();
            String body = resource("clearance/crossing-northbound-tomatoes.json")
                    .replace("262434566001234", io.jointclear.declaration.DeclarationNumbers.pedimento(2026, "24", "3456", seq))
                    .replace("31600042712", io.jointclear.declaration.DeclarationNumbers.usEntry("316", seq))
                    .replace("\"value\": 18000", "\"value\": 17777").replace("\"netWeightKg\": 18000", "\"netWeightKg\": 17777");
            Http.Response filed = broker.post("/api/v1/crossings", body);
            assertThat(filed.status()).as(filed.body()).isEqualTo(201);
            String id = filed.json().get("id").asString();
            String path = "/api/v1/crossings/" + id;

            Http.Response arrived = carrier.post(path + "/arrival", "{\"at\":\"" + java.time.Instant.now() + "\"}");
            assertThat(arrived.status()).as(arrived.body()).isEqualTo(200);
            assertThat(officerUs.post(path + "/decisions",
                    "{\"authority\":\"US\",\"decision\":\"HOLD\",\"notes\":\"internal: lot size rule\"}").status()).isEqualTo(200);

            JsonNode official = officerUs.get(path).json();
            assertThat(official.get("lanes").get("us").asString()).isEqualTo("RED");
            // (the threshold is named only when the score, not the random draw, decided the lane)
            assertThat(official.toString()).contains(ruleId, "\"selection\"", "\"reasons\"", "\"rule\"", "\"score\"",
                    "\"contributions\"", "\"contribution\"", "\"crossCheckFindings\"", "\"notes\"",
                    "internal: lot size rule");

            Map<String, Http.Response> traderAnswers = new java.util.LinkedHashMap<>();
            traderAnswers.put("broker's filing answer", filed);
            traderAnswers.put("carrier's arrival answer", arrived);
            traderAnswers.put("broker GET", broker.get(path));
            traderAnswers.put("carrier GET", carrier.get(path));
            traderAnswers.put("broker list", broker.get("/api/v1/crossings?limit=500"));
            traderAnswers.put("carrier list", carrier.get("/api/v1/crossings?limit=500"));
            traderAnswers.forEach((what, answer) -> {
                assertThat(answer.status()).as(what).isIn(200, 201);
                assertThat(answer.body()).as(what).contains(id).doesNotContain(ruleId).doesNotContain(TARGETING);
            });
            // what the trader must do: present the truck for the US inspection, with the documents
            JsonNode seen = broker.get(path).json();
            assertThat(seen.get("lanes").get("us").asString()).isEqualTo("RED");
            JsonNode us = seen.get("lanes").get("outcomes").get(1);
            assertThat(us.get("authority").asString()).isEqualTo("US");
            assertThat(us.get("action").asString()).isEqualTo("PRESENT_FOR_INSPECTION");
            assertThat(us.get("documents").toString()).contains("COMMERCIAL_INVOICE", "PACKING_LIST");
            assertThat(seen.get("inspection").get("required").asBoolean()).isTrue();
            assertThat(seen.get("decisions").get(0).get("decision").asString()).isEqualTo("HOLD");
        } finally {
            admin.post("/api/v1/risk/rules/" + ruleId + "/retire", "{\"reason\":\"test done\"}");
        }
    }

    private static String resource(String path) {
        try {
            return new org.springframework.core.io.ClassPathResource(path).getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void controllersCanDeclareAnActorParameter() {
        assertThat(mvc.getArgumentResolvers()).anyMatch(ActorArgumentResolver.class::isInstance);
    }

    private Actor actor(String name) {
        return ((ActorPrincipal) users.loadUserByUsername(name)).actor();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Http client(String user) {
        return NOBODY.equals(user) ? new Http(port) : new Http(port).as(user, user);
    }

    private static Http.Response send(Http http, Rule rule) {
        return switch (rule.method()) {
            case "GET" -> http.get(rule.path());
            case "POST" -> http.post(rule.path(), rule.body());
            case "PUT" -> http.put(rule.path(), rule.body().startsWith("{") ? "application/json" : "text/csv", rule.body());
            default -> throw new IllegalArgumentException(rule.method());
        };
    }

    private static void assertProblem(Http.Response response, int status, String code) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("code").asString()).isEqualTo(code);
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("detail").asString()).isNotBlank();
        assertThat(body.get("errors").isArray()).isTrue();
        assertThat(body.get("errors").size()).isZero();
    }
}
