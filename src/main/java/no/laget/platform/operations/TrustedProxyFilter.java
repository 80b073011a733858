package no.laget.platform.operations;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.apache.catalina.filters.RemoteIpFilter;

/**
 * Tomcat's {@link RemoteIpFilter} with the trusted proxies, plus one thing: Tomcat's filter tells "the original
 * request was HTTPS" through a request attribute that only Tomcat's own request reads, so the request is wrapped
 * to answer {@code isSecure()} from it everywhere (and in MockMvc, where the tests run the same filter).
 */
class TrustedProxyFilter implements Filter {

    static final String SECURE_ATTRIBUTE = "org.apache.catalina.filters.RemoteIpFilter.secure";

    private final RemoteIpFilter remoteIp;

    TrustedProxyFilter(RemoteIpFilter remoteIp) {
        this.remoteIp = remoteIp;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        remoteIp.doFilter(request, response, (forwarded, same) -> chain.doFilter(
                forwarded instanceof HttpServletRequest http ? new SecureFromProxy(http) : forwarded, same));
    }

    private static final class SecureFromProxy extends HttpServletRequestWrapper {

        SecureFromProxy(HttpServletRequest request) {
            super(request);
        }

        @Override
        public boolean isSecure() {
            return getAttribute(SECURE_ATTRIBUTE) instanceof Boolean secure ? secure : super.isSecure();
        }
    }
}
