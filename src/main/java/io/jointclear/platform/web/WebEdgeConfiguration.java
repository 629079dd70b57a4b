package io.jointclear.platform.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Problem answers for what happens outside Spring MVC: the error page and the container's own rejections. */
@Configuration(proxyBeanMethods = false)
class WebEdgeConfiguration {

    @Bean
    ProblemErrorController problemErrorController(ErrorAttributes attributes, WebProperties web,
                                                  ObjectProvider<ErrorViewResolver> resolvers) {
        return new ProblemErrorController(attributes, web.getError(), resolvers.orderedStream().toList());
    }

    /** Replaces the host's HTML error report valve before the host starts. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                host.getPipeline().addValve(new ProblemErrorReportValve());
            }
        });
    }
}
