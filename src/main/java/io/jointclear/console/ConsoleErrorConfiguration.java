package io.jointclear.console;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the console's problem pages ahead of the API's problem handler, for console pages only. */
@Configuration(proxyBeanMethods = false)
class ConsoleErrorConfiguration implements WebMvcConfigurer {

    private final ConsoleErrors errors = new ConsoleErrors();

    /** Also the HTML variant of the container's error page (ahead of Spring Boot's template convention). */
    @Bean
    ConsoleErrors consoleErrorViews() {
        return errors;
    }

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.addFirst(errors);
    }
}
