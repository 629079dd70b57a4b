package io.jointclear.console;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who is signed in, as the layout shows it: name, roles and where their home page is. */
public record ConsoleUser(String username, Set<String> roles) {

    static ConsoleUser of(Authentication authentication) {
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toUnmodifiableSet());
        return new ConsoleUser(authentication.getName(), roles);
    }

    public boolean broker() {
        return roles.contains("BROKER") || roles.contains("ADMIN");
    }

    public boolean courier() {
        return roles.contains("COURIER");
    }

    /** A company's user (an IMMEX maquiladora) or an official: the IMMEX page. */
    public boolean immex() {
        return roles.contains("COMPANY") || analyst();
    }

    public boolean officer() {
        return roles.contains("OFFICER_MX") || roles.contains("OFFICER_US");
    }

    public boolean analyst() {
        return officer() || roles.contains("ANALYST") || roles.contains("AUDITOR") || roles.contains("ADMIN");
    }

    /** The message key of the main role, for the header. */
    public String roleKey() {
        return roles.stream().sorted().findFirst().map(r -> "role." + r).orElse("role.NONE");
    }

    /** The first page for this user. */
    public String home() {
        if (officer()) {
            return "/console/officer/queue";
        }
        if (roles.contains("BROKER")) {
            return "/console/broker/crossings";
        }
        if (analyst()) {
            return "/console/analyst/dashboard";
        }
        if (courier()) {
            return "/console/courier/manifests";
        }
        if (roles.contains("COMPANY")) {
            return "/console/immex";
        }
        return "/console/welcome";
    }
}
