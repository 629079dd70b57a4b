package io.jointclear.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.shared.ProblemException;
import java.lang.reflect.Method;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class ActorArgumentResolverTest {

    private final ActorArgumentResolver resolver = new ActorArgumentResolver();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void resolvesOnlyActorParameters() throws NoSuchMethodException {
        Method method = Endpoint.class.getDeclaredMethod("decide", Actor.class, String.class);
        assertThat(resolver.supportsParameter(new MethodParameter(method, 0))).isTrue();
        assertThat(resolver.supportsParameter(new MethodParameter(method, 1))).isFalse();
    }

    @Test
    void theActorIsTheAuthenticatedPrincipal() {
        Actor officer = new Actor("officer-us", Set.of("OFFICER_US"), Authority.US, null);
        ActorPrincipal principal = new ActorPrincipal(officer, null);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));

        assertThat(resolver.resolveArgument(null, null, null, null)).isEqualTo(officer);
    }

    @Test
    void withoutAuthenticatedUserTheAnswerIs401() {
        assertUnauthenticated();
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertUnauthenticated();
    }

    private void assertUnauthenticated() {
        assertThatThrownBy(() -> resolver.resolveArgument(null, null, null, null))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.code()).isEqualTo("UNAUTHENTICATED");
                });
    }

    @SuppressWarnings("unused")
    private static final class Endpoint {
        void decide(Actor actor, String crossingId) {
        }
    }
}
