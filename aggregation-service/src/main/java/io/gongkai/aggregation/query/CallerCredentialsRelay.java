package io.gongkai.aggregation.query;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.io.IOException;

/**
 * A query forwarded to the instance that owns its key carries the caller's own credentials: the owner checks the
 * caller's role as if asked directly, and no instance holds a token of its own that could read more.
 */
final class CallerCredentialsRelay implements ClientHttpRequestInterceptor {

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) throws IOException {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes caller) {
            String credentials = caller.getRequest().getHeader(HttpHeaders.AUTHORIZATION);
            if (credentials != null) {
                request.getHeaders().set(HttpHeaders.AUTHORIZATION, credentials);
            }
        }
        return execution.execute(request, body);
    }
}
