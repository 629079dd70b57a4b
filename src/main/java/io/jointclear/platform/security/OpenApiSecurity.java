package io.jointclear.platform.security;

import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells OpenAPI clients (and the Swagger UI "Authorize" button) that the API uses HTTP Basic. */
@Configuration(proxyBeanMethods = false)
class OpenApiSecurity {

    @Bean
    OpenApiCustomizer httpBasicScheme() {
        return api -> api
                .schemaRequirement("basicAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                .addSecurityItem(new SecurityRequirement().addList("basicAuth"));
    }
}
