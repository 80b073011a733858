package no.laget.platform.operations;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.filters.RemoteIpFilter;

import no.laget.platform.OperationsProperties;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What a municipality's operations need around every request: the client's real address and scheme from the
 * trusted proxies only, a request id, and the signed-in employee's id and unit in the log context.
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfig implements WebMvcConfigurer {

    /**
     * X-Forwarded-For and X-Forwarded-Proto are believed only from {@code LAGET_TRUSTED_PROXIES}. A request the
     * proxy got over HTTPS is then secure here too: the session cookie gets {@code Secure}, and HSTS is sent.
     * A servlet filter, not the container valve, so the same rule runs under MockMvc in the tests.
     */
    @Bean
    FilterRegistrationBean<TrustedProxyFilter> trustedProxies(OperationsProperties properties) {
        RemoteIpFilter filter = new RemoteIpFilter();
        filter.setInternalProxies(proxyPattern(properties.trustedProxies()));
        filter.setTrustedProxies("");
        filter.setRemoteIpHeader("X-Forwarded-For");
        filter.setProtocolHeader("X-Forwarded-Proto");
        filter.setProxiesHeader("X-Forwarded-By");
        FilterRegistrationBean<TrustedProxyFilter> registration = new FilterRegistrationBean<>(new TrustedProxyFilter(filter));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * The session cookie, the same under the embedded server and in MockMvc (where Spring Boot would otherwise take
     * the mock servlet context's cookie settings): HttpOnly, SameSite=Lax, and {@code Secure} exactly when the
     * request is secure, that is when it came over HTTPS directly or through a trusted proxy.
     */
    @Bean
    DefaultCookieSerializer cookieSerializer() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("SESSION");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        // useSecureCookie left unset: DefaultCookieSerializer then follows request.isSecure()
        return cookie;
    }

    /** After the proxy filter, before the character check and security, so their log lines carry the id. */
    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SignedInLogContext());
    }

    /** Exact addresses only; anything else stops the start with a message naming the setting. */
    static String proxyPattern(List<String> addresses) {
        for (String address : addresses) {
            if (!looksLikeAddress(address)) {
                throw new IllegalStateException("LAGET_TRUSTED_PROXIES: \"" + address
                        + "\" is not an IP address (give the proxies' addresses, separated by commas)");
            }
        }
        // blank: no address matches, so no forwarded header is ever believed
        return addresses.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static boolean looksLikeAddress(String address) {
        if (!address.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")) {
            return false;
        }
        try {
            InetAddress.getByName(address); // a literal: no name lookup happens
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
