package io.jointclear.platform.security;

import static io.jointclear.shared.Actor.Roles.ADMIN;
import static io.jointclear.shared.Actor.Roles.ANALYST;
import static io.jointclear.shared.Actor.Roles.AUDITOR;
import static io.jointclear.shared.Actor.Roles.BROKER;
import static io.jointclear.shared.Actor.Roles.CARRIER;
import static io.jointclear.shared.Actor.Roles.COMPANY;
import static io.jointclear.shared.Actor.Roles.COURIER;
import static io.jointclear.shared.Actor.Roles.OFFICER_MX;
import static io.jointclear.shared.Actor.Roles.OFFICER_US;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.POST;

import jakarta.servlet.DispatcherType;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call which path, coarse-grained. Finer rules that depend on the case (an officer decides
 * only for their own authority, a broker sees only their agency's crossings, a carrier the ones it
 * carries) are the business modules' job, with the {@link io.jointclear.shared.Actor}. First matching rule wins, so specific rules come
 * before general ones. An API path not listed here needs an authenticated user of any role.
 */
final class ApiAccessRules {

    private ApiAccessRules() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
                // The error page renders the problem of a request that was already authorised (or refused).
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/error").permitAll()
                .requestMatchers("/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                .requestMatchers("/actuator/**").hasRole(ADMIN)

                .requestMatchers(GET, "/api/v1/reference/**").permitAll()
                .requestMatchers(HEAD, "/api/v1/reference/**").permitAll()
                .requestMatchers("/api/v1/reference/**").hasRole(ADMIN)

                .requestMatchers(GET, "/api/v1/tariff/measures/**").authenticated()
                .requestMatchers("/api/v1/tariff/measures/**").hasRole(ADMIN)
                .requestMatchers(POST, "/api/v1/assessments").authenticated()

                .requestMatchers(POST, "/api/v1/declarations/import").hasRole(BROKER)
                // the truck manifest: carriers file it; a crossing's manifest and DODA are scoped by the module
                .requestMatchers(GET, "/api/v1/manifests/**").hasAnyRole(CARRIER, OFFICER_MX, OFFICER_US, ANALYST, AUDITOR, ADMIN)
                .requestMatchers("/api/v1/manifests/**").hasRole(CARRIER)
                .requestMatchers(GET, "/api/v1/crossings/*/manifest", "/api/v1/crossings/*/doda")
                .hasAnyRole(BROKER, CARRIER, OFFICER_MX, OFFICER_US, ANALYST, AUDITOR, ADMIN)

                .requestMatchers(POST, "/api/v1/crossings/batch").hasAnyRole(BROKER, ADMIN)
                .requestMatchers(POST, "/api/v1/crossings/*/arrival").hasAnyRole(BROKER, CARRIER, OFFICER_MX, OFFICER_US, ADMIN)
                // carriers read the crossings they carry (their lanes, what to do); the module scopes every read
                .requestMatchers(GET, "/api/v1/crossings/**").hasAnyRole(BROKER, CARRIER, OFFICER_MX, OFFICER_US, ANALYST, ADMIN)
                .requestMatchers("/api/v1/crossings/**").hasAnyRole(BROKER, OFFICER_MX, OFFICER_US, ADMIN)

                // couriers file and read their own manifests (the module scopes reads to the courier company)
                .requestMatchers(POST, "/api/v1/courier/manifests").hasRole(COURIER)
                .requestMatchers(POST, "/api/v1/courier/manifests/*/decisions").hasAnyRole(OFFICER_MX, OFFICER_US)
                .requestMatchers(GET, "/api/v1/courier/**").hasAnyRole(COURIER, OFFICER_MX, OFFICER_US, ANALYST, AUDITOR, ADMIN)
                .requestMatchers("/api/v1/courier/**").denyAll()

                // operators' scores and proceedings (confidential targeting): the modules scope an operator to its own score
                .requestMatchers(GET, "/api/v1/operators/*/score").hasAnyRole(BROKER, CARRIER, COURIER, COMPANY, OFFICER_MX, OFFICER_US, ANALYST, AUDITOR, ADMIN)
                .requestMatchers(POST, "/api/v1/operators/scores/recompute").hasAnyRole(OFFICER_MX, OFFICER_US, ANALYST, ADMIN)
                .requestMatchers(GET, "/api/v1/proceedings/**").hasAnyRole(OFFICER_MX, OFFICER_US, ANALYST, AUDITOR, ADMIN)
                .requestMatchers(POST, "/api/v1/proceedings").hasAnyRole(OFFICER_MX, ANALYST, ADMIN)
                .requestMatchers("/api/v1/proceedings/**").hasAnyRole(OFFICER_MX, ADMIN)
                // the registry of operators: everyone reads (the module scopes a trader to its own record);
                // administrators and officers maintain it (the module checks the authority of each change)
                .requestMatchers(GET, "/api/v1/operators", "/api/v1/operators/**").authenticated()
                .requestMatchers("/api/v1/operators", "/api/v1/operators/**").hasAnyRole(ADMIN, OFFICER_MX, OFFICER_US)
                // misclassification detections are confidential targeting: never for traders (issue 14)
                .requestMatchers(GET, "/api/v1/compliance/**").hasAnyRole(ANALYST, OFFICER_MX, OFFICER_US, AUDITOR, ADMIN)
                .requestMatchers(POST, "/api/v1/compliance/detections/*/confirm", "/api/v1/compliance/detections/*/dismiss",
                        "/api/v1/compliance/detections/*/reclassification", "/api/v1/compliance/model/training")
                .hasAnyRole(ANALYST, OFFICER_MX)
                .requestMatchers(POST, "/api/v1/compliance/screening").hasAnyRole(ANALYST, OFFICER_MX, ADMIN)
                .requestMatchers("/api/v1/compliance/**").denyAll()
                // enforcement cases (issue 14): officials read (the module scopes officers to their jurisdiction's cases);
                // a notified broker or carrier reads the summaries of its own cases; evidence, custody, alerts, links
                // and reports are officials' only; officers (and administrators) take the steps; analysts open cases
                .requestMatchers(GET, "/api/v1/cases/report").hasAnyRole(ANALYST, AUDITOR, ADMIN)
                .requestMatchers(GET, "/api/v1/cases/deadlines", "/api/v1/cases/*/evidence/**", "/api/v1/cases/*/custody",
                        "/api/v1/cases/*/related").hasAnyRole(OFFICER_MX, OFFICER_US, ANALYST, AUDITOR, ADMIN)
                .requestMatchers(GET, "/api/v1/cases", "/api/v1/cases/*")
                .hasAnyRole(BROKER, CARRIER, OFFICER_MX, OFFICER_US, ANALYST, AUDITOR, ADMIN)
                .requestMatchers(POST, "/api/v1/cases").hasAnyRole(OFFICER_MX, OFFICER_US, ANALYST, ADMIN)
                .requestMatchers("/api/v1/cases/**").hasAnyRole(OFFICER_MX, OFFICER_US, ADMIN)
                .requestMatchers("/api/v1/enforcement/**").hasRole(ADMIN)
                // IMMEX: a company keeps and reads its own program's ledger, officials read every program (the module scopes);
                // programs are registered by Mexican officers and administrators
                .requestMatchers(POST, "/api/v1/immex/programs").hasAnyRole(OFFICER_MX, ADMIN)
                .requestMatchers(GET, "/api/v1/immex/**").hasAnyRole(COMPANY, OFFICER_MX, OFFICER_US, ANALYST, AUDITOR, ADMIN)
                .requestMatchers("/api/v1/immex/**").hasAnyRole(COMPANY, ADMIN)

                .requestMatchers("/api/v1/statistics/**").hasAnyRole(ANALYST, OFFICER_MX, OFFICER_US, AUDITOR, ADMIN)
                .requestMatchers("/api/v1/audit/**").hasAnyRole(AUDITOR, ADMIN)

                .anyRequest().authenticated();
    }
}
