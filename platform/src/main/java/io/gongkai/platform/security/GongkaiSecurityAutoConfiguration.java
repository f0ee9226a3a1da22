package io.gongkai.platform.security;

import io.gongkai.platform.GongkaiProperties;
import io.gongkai.schemas.Roles;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * Who may call a gongkai service over HTTP. Every request but the probes carries a bearer token (a JWT from the
 * configured issuer, see {@link AccessTokens}) whose claim {@code roles} holds {@link Roles}:
 * <ul>
 *   <li>{@code /actuator/health/liveness} and {@code /readiness}: anyone — orchestrators probe without tokens;</li>
 *   <li>the rest of actuator (health details, metrics, info): {@link Roles#OPS};</li>
 *   <li>each service's own endpoints: the role its {@link EndpointAccess} bean states;</li>
 *   <li>anything else: no one.</li>
 * </ul>
 * Refusals are problem details ({@link ProblemAccessHandler}); a browser asking for a page of a service with a
 * {@link BrowserLogin} is sent to sign in instead. Stateless: no session; the only cookie is a browser's token,
 * which {@link BrowserTokens} honours only where a forged cross-site request can do no harm — hence no CSRF token.
 */
@AutoConfiguration(before = {ServletWebSecurityAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class,
        OAuth2ResourceServerAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(GongkaiProperties.class)
public class GongkaiSecurityAutoConfiguration {

    @Bean
    SecurityFilterChain gongkaiEndpointSecurity(HttpSecurity http, List<EndpointAccess> services, JwtDecoder tokens,
                                                ObjectProvider<BrowserLogin> browserLogin) throws Exception {
        ProblemAccessHandler problems = new ProblemAccessHandler();
        AuthenticationEntryPoint refusals = browserLogin.getIfAvailable() == null ? problems
                : signInFirst(browserLogin.getObject(), problems);
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(Roles.CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter principal = new JwtAuthenticationConverter();
        principal.setJwtGrantedAuthoritiesConverter(roles);
        return http
                .authorizeHttpRequests(endpoints -> {
                    endpoints.requestMatchers("/actuator/health/liveness", "/actuator/health/readiness", "/error").permitAll();
                    endpoints.requestMatchers("/actuator", "/actuator/**").hasRole(Roles.OPS);
                    services.forEach(service -> service.declare(endpoints));
                    endpoints.anyRequest().denyAll();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(new BrowserTokens())
                        .jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(principal))
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(refusals).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** Browsers asking for a page are sent to sign in; everyone else gets the problem detail. */
    private static AuthenticationEntryPoint signInFirst(BrowserLogin login, AuthenticationEntryPoint problems) {
        RequestMatcher pages = request -> request.getRequestURI().startsWith(request.getContextPath() + login.pagesPrefix())
                && request.getHeader(BrowserTokens.PAGE_REQUEST_HEADER) == null
                && String.valueOf(request.getHeader(HttpHeaders.ACCEPT)).contains(MediaType.TEXT_HTML_VALUE);
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> byRequest = new LinkedHashMap<>();
        byRequest.put(pages, new LoginUrlAuthenticationEntryPoint(login.loginPage()));
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(byRequest);
        entryPoint.setDefaultEntryPoint(problems);
        return entryPoint;
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder accessTokenDecoder(GongkaiProperties properties) {
        return AccessTokens.decoder(properties.tokens());
    }
}
