package io.jointclear.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two filter chains: the API (plus actuator, OpenAPI and the error page) is stateless HTTP Basic
 * without CSRF, because every request carries its credentials and no cookie can be abused; all other
 * paths belong to the coming web console, which will log in with a form and a session and therefore
 * keeps CSRF protection.
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

    /** Placeholder for the console: form login with session and CSRF; the console module refines it. */
    @Bean
    @Order(2)
    SecurityFilterChain consoleSecurity(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder(java.time.Clock clock) {
        return new VerifiedCredentials(new BCryptPasswordEncoder(), clock);
    }

    /**
     * Users come from {@code jointclear.security.users[n]}. Bound here with a {@link Binder} rather than
     * as a properties bean so that no bean keeps the configured plain-text passwords: only BCrypt hashes
     * stay in memory.
     */
    @Bean
    ConfiguredUsers configuredUsers(Environment environment, PasswordEncoder encoder) {
        List<ConfiguredUser> users = Binder.get(environment)
                .bind("jointclear.security.users", Bindable.listOf(ConfiguredUser.class))
                .orElse(List.of());
        return ConfiguredUsers.of(users, encoder);
    }
}
