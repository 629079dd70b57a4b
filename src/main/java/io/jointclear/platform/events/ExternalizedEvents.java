package io.jointclear.platform.events;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.modulith.events.Externalized;
import org.springframework.util.ClassUtils;

/**
 * The events the modules mark {@code @Externalized} and their topics. Topic rule (docs/events.md):
 * {@code jointclear.<module>.<event>.v<n>}, the event being the record's simple name in kebab case
 * ({@code CrossingFiled} → {@code crossing-filed}); the part after {@code ::} is the Kafka key.
 */
public final class ExternalizedEvents {

    /** What an {@code @Externalized} value must look like. */
    public static final Pattern TARGET = Pattern.compile("jointclear\\.([a-z]+)\\.([a-z][a-z0-9-]*)\\.v([1-9][0-9]*)::#\\{\\w+\\(\\)}");

    private ExternalizedEvents() {
    }

    /** One externalized event type. */
    public record Topic(Class<?> type, String topic, String module, String event, int version) {
    }

    /** Every {@code @Externalized} type under {@code io.jointclear}, by topic. */
    public static List<Topic> all() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(Externalized.class));
        return scanner.findCandidateComponents("io.jointclear").stream()
                .map(d -> ClassUtils.resolveClassName(d.getBeanClassName(), ExternalizedEvents.class.getClassLoader()))
                .map(ExternalizedEvents::topic)
                .sorted(Comparator.comparing(Topic::topic))
                .toList();
    }

    static Topic topic(Class<?> type) {
        String value = type.getAnnotation(Externalized.class).value();
        Matcher m = TARGET.matcher(value);
        if (!m.matches()) {
            throw new IllegalStateException(type.getName() + ": @Externalized(\"" + value
                    + "\") does not follow jointclear.<module>.<event>.v<n>::#{<key>()}");
        }
        return new Topic(type, value.substring(0, value.indexOf("::")), m.group(1), m.group(2), Integer.parseInt(m.group(3)));
    }

    /** {@code CrossingFiled} → {@code crossing-filed}. */
    public static String kebab(String simpleName) {
        return simpleName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
