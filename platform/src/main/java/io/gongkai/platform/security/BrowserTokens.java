package io.gongkai.platform.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import java.util.Set;

/**
 * Where a request's access token is: the {@code Authorization: Bearer} header, as for every API client; or, for a
 * browser on a service's web pages, the cookie {@value #COOKIE} that the page's sign-in set (HttpOnly, SameSite=Strict).
 * A cookie travels with every request to the site, so it counts only where a forged cross-site request can do no
 * harm: on safe methods, and on others only with the header {@value #PAGE_REQUEST_HEADER} that the pages' own
 * scripts (htmx) send and that no cross-site form can.
 */
public final class BrowserTokens implements BearerTokenResolver {

    /** The cookie holding a browser's access token. */
    public static final String COOKIE = "gongkai_token";
    /** The header htmx sends with each request it makes. */
    public static final String PAGE_REQUEST_HEADER = "HX-Request";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        String token = header.resolve(request);
        if (token != null || request.getCookies() == null) {
            return token;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && request.getHeader(PAGE_REQUEST_HEADER) == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
