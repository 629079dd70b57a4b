package io.jointclear.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document's title, the build's version and a description, plus what the main endpoints
 * do and an example crossing (the one the README's curl files), so a newcomer can try them from the
 * Swagger UI.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    static final String TITLE = "JointClear API";

    private static final String DESCRIPTION = """
            Joint Mexico–United States customs clearance: one case per border crossing with the Mexican \
            pedimento and the US entry, both assessed, one shared risk selection, one joint inspection and \
            a joint release. HTTP Basic; errors are application/problem+json (RFC 9457) with `code` and \
            `errors[{field, code, message}]`; every write may carry an `Idempotency-Key`.""";

    /** path → method → summary and description of the main endpoints. */
    private static final Map<String, Map<PathItem.HttpMethod, String[]>> OPERATIONS = Map.of(
            "/api/v1/crossings", Map.of(
                    PathItem.HttpMethod.POST, new String[]{"File a crossing",
                            "A broker files one truck with both declarations; 201 with the crossing in status FILED and both "
                                    + "assessments (PENDING_REFERENCE_DATA with the reasons when reference data are missing). "
                                    + "Every violation of the whole filing comes back at once in one 422 problem."},
                    PathItem.HttpMethod.GET, new String[]{"List crossings", "The crossings the caller may see, newest first."}),
            "/api/v1/crossings/{id}", Map.of(
                    PathItem.HttpMethod.GET, new String[]{"One crossing",
                            "Declarations, assessments, lanes, decisions and times; brokers and carriers get the trader view."},
                    PathItem.HttpMethod.PUT, new String[]{"Amend a crossing before arrival",
                            "The filing agency replaces both declarations; they are assessed again. After arrival: 409 INVALID_TRANSITION."}),
            "/api/v1/crossings/{id}/arrival", Map.of(PathItem.HttpMethod.POST, new String[]{"Record the arrival",
                    "The truck is at the port: the shared selection runs and each authority's lane is set."}),
            "/api/v1/crossings/{id}/decisions", Map.of(PathItem.HttpMethod.POST, new String[]{"Decide for one authority",
                    "RELEASE, HOLD, REFER or SEIZE by an officer of that authority; RELEASED only when both released."}),
            "/api/v1/assessments", Map.of(PathItem.HttpMethod.POST, new String[]{"Quote one declaration",
                    "Assesses one declaration without storing anything."}),
            "/api/v1/crossings/batch", Map.of(PathItem.HttpMethod.POST, new String[]{"File up to 100 crossings",
                    "Each item is stored or refused on its own, with its own idempotency key."}));

    @Bean
    OpenApiCustomizer titleVersionAndExamples(@Value("${info.app.version:unknown}") String version, JsonMapper json) {
        Object example = example(json);
        return api -> {
            api.info(new Info().title(TITLE).version(version).description(DESCRIPTION));
            describe(api, example);
        };
    }

    private static void describe(OpenAPI api, Object example) {
        if (api.getPaths() == null) {
            return;
        }
        OPERATIONS.forEach((path, methods) -> {
            PathItem item = api.getPaths().get(path);
            if (item == null) {
                return;
            }
            Map<PathItem.HttpMethod, Operation> present = item.readOperationsMap();
            methods.forEach((method, text) -> {
                Operation op = present.get(method);
                if (op != null) {
                    op.summary(text[0]).description(text[1]);
                }
            });
        });
        Function<String, Operation> filing = path -> api.getPaths().get(path) == null ? null : api.getPaths().get(path).getPost();
        Operation file = filing.apply("/api/v1/crossings");
        if (file != null && file.getRequestBody() != null && file.getRequestBody().getContent() != null) {
            MediaType body = file.getRequestBody().getContent().get("application/json");
            if (body != null) {
                body.addExamples("northboundTomatoes", new Example().summary("A northbound truck of Roma tomatoes at Nuevo Laredo / Laredo")
                        .value(example));
            }
        }
    }

    private static Object example(JsonMapper json) {
        try {
            String text = new ClassPathResource("openapi/crossing-example.json").getContentAsString(StandardCharsets.UTF_8);
            return json.readValue(text, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
