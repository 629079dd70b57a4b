package io.jointclear.platform.idempotency;

import io.jointclear.shared.IdempotencyKeys;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Documents the Idempotency-Key header on every state-changing API operation that {@link IdempotencyFilter}
 * covers (filing declares it itself; a batch carries one key per crossing).
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyOpenApi {

    private static final Set<PathItem.HttpMethod> WRITES =
            Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    @Bean
    OpenApiCustomizer idempotencyKeyHeader() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                        .anyMatch(p -> IdempotencyKeys.HEADER.equalsIgnoreCase(p.getName()));
                boolean ownKeys = method == PathItem.HttpMethod.POST && IdempotencyFilter.OWN_KEYS.contains(path);
                if (path.startsWith("/api/") && WRITES.contains(method) && !declared && !ownKeys) {
                    operation.addParametersItem(new HeaderParameter().name(IdempotencyKeys.HEADER).required(false)
                            .schema(new StringSchema().maxLength(IdempotencyKeys.MAX_LENGTH))
                            .description("Client-chosen key (printable ASCII, unique within your organisation) making the "
                                    + "request safe to retry: a repeat gets the first answer, marked "
                                    + IdempotencyKeys.REPLAYED_HEADER + ": true; the key with another request is a 422."));
                }
            }));
        };
    }
}
