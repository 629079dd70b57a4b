package io.jointclear.console;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page's layout needs: the signed-in user and the current path (for the language switch). */
@ControllerAdvice(basePackages = "io.jointclear.console")
class ConsoleModel {

    @ModelAttribute("me")
    ConsoleUser me(Authentication authentication) {
        return authentication == null || authentication instanceof AnonymousAuthenticationToken ? null
                : ConsoleUser.of(authentication);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
