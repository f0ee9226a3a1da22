package io.gongkai.aggregation.console;

import io.gongkai.platform.security.BrowserTokens;
import io.gongkai.schemas.Roles;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Signing in to the console with an access token from the issuer (the one an API client sends as a bearer token):
 * the token is checked as the APIs check it, must carry {@code viewer} or {@code reviewer}, and is kept in the
 * HttpOnly, SameSite=Strict cookie that {@link BrowserTokens} reads, until it expires. Open to anyone: the token is
 * the credential.
 */
@Controller
@RequestMapping("/console")
public class ConsoleLogin {

    private final JwtDecoder tokens;

    public ConsoleLogin(JwtDecoder tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/login")
    public String form() {
        return "console/login";
    }

    @PostMapping("/login")
    public Object signIn(@RequestParam String token, HttpServletRequest request, Model page) {
        Jwt jwt;
        try {
            jwt = tokens.decode(token.strip());
        } catch (JwtException refused) {
            page.addAttribute("error", "访问令牌无效或已过期：" + refused.getMessage());
            return "console/login";
        }
        Collection<String> roles = jwt.getClaimAsStringList(Roles.CLAIM);
        if (roles == null || roles.stream().noneMatch(List.of(Roles.VIEWER, Roles.REVIEWER)::contains)) {
            page.addAttribute("error", "此令牌没有 viewer 或 reviewer 角色，不能使用监测控制台");
            return "console/login";
        }
        Duration lifetime = Duration.between(Instant.now(), jwt.getExpiresAt() == null ? Instant.now().plusSeconds(3600) : jwt.getExpiresAt());
        return ResponseEntity.status(303).location(URI.create(request.getContextPath() + "/console"))
                .header(HttpHeaders.SET_COOKIE, cookie(token.strip(), lifetime, request.isSecure()).toString()).build();
    }

    @PostMapping("/logout")
    public ResponseEntity<Void> signOut(HttpServletRequest request) {
        return ResponseEntity.status(303).location(URI.create(request.getContextPath() + "/console/login"))
                .header(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO, request.isSecure()).toString()).build();
    }

    private static ResponseCookie cookie(String value, Duration lifetime, boolean secure) {
        return ResponseCookie.from(BrowserTokens.COOKIE, value).httpOnly(true).sameSite("Strict").secure(secure)
                .path("/").maxAge(lifetime).build();
    }
}
