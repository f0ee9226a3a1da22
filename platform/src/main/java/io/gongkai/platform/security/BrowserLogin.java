package io.gongkai.platform.security;

/**
 * A service's web pages and their sign-in page: a browser asking for a page under {@code pagesPrefix} without a
 * valid token is sent to {@code loginPage} instead of getting a 401, which a person cannot act on. Declared as a
 * bean by a service that has pages; the sign-in page itself must be open to anyone ({@link EndpointAccess}).
 */
public record BrowserLogin(String pagesPrefix, String loginPage) {
}
