package io.jointclear.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Like {@link IntegrationTest}, with the demo users of {@code application-demo.yml} (password = user
 * name: broker, carrier, officer-mx, officer-us, analyst, auditor, admin). All such tests share one
 * application context and its own embedded PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "jointclear.demo.reference-data=false") // the DEMO rates have their own tests (DemoReferenceDataIT)
@ActiveProfiles({"test", "demo"})
public @interface DemoUsersIntegrationTest {
}
