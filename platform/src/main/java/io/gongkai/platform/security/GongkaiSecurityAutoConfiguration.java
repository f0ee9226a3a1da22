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
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;

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
 * Refusals are problem details ({@link ProblemAccessHandler}). Stateless: no session, no cookie, hence no CSRF.
 */
@AutoConfiguration(before = {ServletWebSecurityAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class,
        OAuth2ResourceServerAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(GongkaiProperties.class)
public class GongkaiSecurityAutoConfiguration {

    @Bean
    SecurityFilterChain gongkaiEndpointSecurity(HttpSecurity http, List<EndpointAccess> services, JwtDecoder tokens)
            throws Exception {
        ProblemAccessHandler refusals = new ProblemAccessHandler();
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
                        .jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(principal))
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder accessTokenDecoder(GongkaiProperties properties) {
        return AccessTokens.decoder(properties.tokens());
    }
}
