package io.gongkai.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.util.stream.Collectors;

/**
 * A refused request's answer: 401 without a valid token, 403 with a token that lacks the endpoint's role, each
 * with the {@code WWW-Authenticate: Bearer} challenge of RFC 6750 and a problem detail saying what was wrong —
 * rendered by the error page ({@code sendError}), as every other error of the service is.
 */
final class ProblemAccessHandler implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final String ROLE_PREFIX = "ROLE_";

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler insufficientScope = new BearerTokenAccessDeniedHandler();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        challenge.commence(request, response, refused);
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED, request.getHeader("Authorization") == null
                ? "no access token: send 'Authorization: Bearer <token>'"
                : "the access token is not accepted: " + refused.getMessage());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        insufficientScope.handle(request, response, denied);
        response.sendError(HttpServletResponse.SC_FORBIDDEN, denied instanceof AuthorizationDeniedException decided
                && decided.getAuthorizationResult() instanceof AuthorityAuthorizationDecision needed
                ? "this needs role " + needed.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .map(authority -> authority.startsWith(ROLE_PREFIX) ? authority.substring(ROLE_PREFIX.length()) : authority)
                        .collect(Collectors.joining(" or ")) + ", which the access token does not hold"
                : "the access token's roles do not allow this");
    }
}
