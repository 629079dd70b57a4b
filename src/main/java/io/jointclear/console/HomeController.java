package io.jointclear.console;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The way in: the login page, and the home that sends each user to their role's page. */
@Controller
class HomeController {

    @GetMapping("/")
    String root() {
        return "redirect:/console";
    }

    @GetMapping("/console/login")
    String login() {
        return "login";
    }

    @GetMapping("/console")
    String home(Authentication authentication) {
        return "redirect:" + ConsoleUser.of(authentication).home();
    }

    @GetMapping("/console/welcome")
    String welcome() {
        return "welcome";
    }
}
