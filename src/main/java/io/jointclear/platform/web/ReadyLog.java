package io.jointclear.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** One line that says the platform takes requests, and where: the console, the API description. */
@Component
class ReadyLog {

    private static final Logger log = LoggerFactory.getLogger(ReadyLog.class);

    private final Environment environment;

    ReadyLog(Environment environment) {
        this.environment = environment;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            return;
        }
        String address = environment.getProperty("server.address", "");
        String host = address.isBlank() || address.equals("0.0.0.0") || address.equals("127.0.0.1") ? "localhost" : address;
        String base = "http://" + host + ":" + port;
        log.info("JointClear ready: console {}/ , API {}/swagger-ui.html{}", base, base,
                address.isBlank() || address.equals("0.0.0.0") ? " (listening on all interfaces)" : " (listening on " + address + " only)");
    }
}
