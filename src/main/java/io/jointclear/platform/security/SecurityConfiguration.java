package io.jointclear.platform.security;

import static io.jointclear.shared.Actor.Roles.ADMIN;
import static io.jointclear.shared.Actor.Roles.ANALYST;
import static io.jointclear.shared.Actor.Roles.AUDITOR;
import static io.jointclear.shared.Actor.Roles.BROKER;
import static io.jointclear.shared.Actor.Roles.COMPANY;
import static io.jointclear.shared.Actor.Roles.COURIER;
import static io.jointclear.shared.Actor.Roles.OFFICER_MX;
import static io.jointclear.shared.Actor.Roles.OFFICER_US;

import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two filter chains: the API (plus actuator, OpenAPI and the error page) is stateless HTTP Basic
 * without CSRF, because every request carries its credentials and no cookie can be abused; all other
 * paths belong to the web console, which logs in with a form and a session and therefore keeps CSRF
 * protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Paths served to programs rather than to the console. */
    static final String[] MACHINE_PATHS = {
            "/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error"};

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProblems problems) throws Exception {
        return http.securityMatcher(MACHINE_PATHS)
                .authorizeHttpRequests(ApiAccessRules::apply)
                .httpBasic(basic -> basic.realmName(SecurityProblems.REALM).authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .build();
    }

    /**
     * The web console: form login at {@code /console/login}, a session, CSRF protection (cookie-less,
     * token in every form and htmx request), role-based areas; static assets and the login page are public.
     */
    @Bean
    @Order(2)
    SecurityFilterChain consoleSecurity(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ERROR).permitAll()
                        .requestMatchers("/webjars/**", "/console/assets/**", "/favicon.ico", "/console/login").permitAll()
                        .requestMatchers("/console/broker/**").hasAnyRole(BROKER, ADMIN)
                        .requestMatchers("/console/courier/**").hasRole(COURIER)
                        .requestMatchers("/console/immex/**").hasAnyRole(COMPANY, OFFICER_MX, OFFICER_US, ANALYST, AUDITOR, ADMIN)
                        .requestMatchers("/console/officer/**").hasAnyRole(OFFICER_MX, OFFICER_US)
                        .requestMatchers("/console/analyst/**").hasAnyRole(ANALYST, OFFICER_MX, OFFICER_US, AUDITOR, ADMIN)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/console/login").loginProcessingUrl("/console/login")
                        .defaultSuccessUrl("/console", true).failureUrl("/console/login?error").permitAll())
                .logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl("/console/login?logout")
                        .deleteCookies("JSESSIONID"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")))
                .build();
    }

    /**
     * No observation around every security filter: at filing rates the wrappers cost more than the
     * filters themselves, and request timings are still observed once per request by the web layer.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder(java.time.Clock clock) {
        return new VerifiedCredentials(new BCryptPasswordEncoder(), clock);
    }

    /**
     * Users come from {@code jointclear.security.users[n]}, the agencies brokers act for from
     * {@code jointclear.security.agencies[n]}, the courier companies from {@code jointclear.security.couriers[n]}. Bound here with a {@link Binder} rather than as a
     * properties bean so that no bean keeps the configured plain-text passwords: only BCrypt hashes
     * stay in memory.
     */
    @Bean
    ConfiguredUsers configuredUsers(Environment environment, PasswordEncoder encoder) {
        Binder binder = Binder.get(environment);
        List<ConfiguredAgency> agencies = binder
                .bind("jointclear.security.agencies", Bindable.listOf(ConfiguredAgency.class))
                .orElse(List.of());
        List<ConfiguredUser> users = binder
                .bind("jointclear.security.users", Bindable.listOf(ConfiguredUser.class))
                .orElse(List.of());
        List<ConfiguredCourier> couriers = binder
                .bind("jointclear.security.couriers", Bindable.listOf(ConfiguredCourier.class))
                .orElse(List.of());
        return ConfiguredUsers.of(agencies, couriers, users, encoder);
    }
}
