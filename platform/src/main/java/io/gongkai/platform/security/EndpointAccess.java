package io.gongkai.platform.security;

import io.gongkai.schemas.Roles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's statement of which {@link Roles role} may call each of its endpoints. Each service declares its
 * own as a bean; an endpoint no bean names is refused to everyone, so a new endpoint is closed until it states
 * its role.
 */
@FunctionalInterface
public interface EndpointAccess {

    void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints);
}
