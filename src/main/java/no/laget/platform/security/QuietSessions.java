package no.laget.platform.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sessions in PostgreSQL (Spring Session JDBC), without the writes a request does not need. Spring Session as it
 * comes sends, on every request with a session: the session's SELECT in a transaction of its own, an UPDATE of its last
 * access time in another, and after that save the same SELECT again (SessionRepositoryFilter asks for the requested id
 * once more). Here, around the JDBC repository:
 * <ul>
 * <li>the last access time is written only when at least {@code laget.session.touch-interval} (1 minute) has passed
 * since the stored one. A session therefore ends between that long before its idle timeout and the idle timeout after
 * the last request: never later than the setting, at most one interval earlier;</li>
 * <li>a session nothing changed in is not saved at all (no empty transaction);</li>
 * <li>a session read (one statement) runs in autocommit, not in a transaction; writes keep theirs (REQUIRES_NEW, as
 * before), so a session's row and attributes change together or not at all;</li>
 * <li>within one request, the session just read or saved is answered from memory when the filter asks for it again.
 * The memory lives only while {@link RequestScope} runs around the session filter, so no request ever sees another
 * request's copy.</li>
 * </ul>
 * Spring Session times sessions with the system clock ({@code Instant.now()}), not the application's {@code Clock}.
 */
final class QuietSessions implements FindByIndexNameSessionRepository<QuietSessions.QuietSession>, DisposableBean {

    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();
    private static final ThreadLocal<Map<String, QuietSession>> REQUEST = new ThreadLocal<>();

    private final JdbcIndexedSessionRepository repository;
    // the repository's own session type is package-private: reached through the interface
    private final FindByIndexNameSessionRepository<Session> jdbc;
    private final Duration touchInterval;

    @SuppressWarnings({"unchecked", "rawtypes"})
    QuietSessions(JdbcIndexedSessionRepository repository, Duration touchInterval) {
        this.repository = repository;
        this.jdbc = (FindByIndexNameSessionRepository) repository;
        this.touchInterval = touchInterval;
    }

    /** Stops the JDBC repository's clean-up scheduler, as its own destroy would. */
    @Override
    public void destroy() {
        repository.destroy();
    }

    @Override
    public QuietSession createSession() {
        return new QuietSession(jdbc.createSession(), touchInterval, true);
    }

    @Override
    public void save(QuietSession session) {
        if (session.dirty) {
            jdbc.save(session.delegate);
            session.dirty = false;
        }
        remember(session);
    }

    @Override
    public QuietSession findById(String id) {
        Map<String, QuietSession> request = REQUEST.get();
        if (request != null && request.containsKey(id)) {
            return request.get(id);
        }
        Session found = reading(() -> jdbc.findById(id));
        QuietSession session = found == null ? null : new QuietSession(found, touchInterval, false);
        if (request != null && session != null) {
            request.put(id, session);
        }
        return session;
    }

    @Override
    public void deleteById(String id) {
        Map<String, QuietSession> request = REQUEST.get();
        if (request != null) {
            request.remove(id);
        }
        reading(() -> {
            jdbc.deleteById(id); // one statement; the attributes go with it (on delete cascade)
            return null;
        });
    }

    @Override
    public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return reading(() -> jdbc.findByIndexNameAndIndexValue(indexName, indexValue)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new QuietSession(e.getValue(), touchInterval, false)));
    }

    private static void remember(QuietSession session) {
        Map<String, QuietSession> request = REQUEST.get();
        if (request != null) {
            request.values().removeIf(remembered -> remembered == session); // under its old id, if it changed
            request.put(session.getId(), session);
        }
    }

    private static <T> T reading(Supplier<T> work) {
        Boolean outer = READING.get();
        READING.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                READING.remove();
            }
        }
    }

    /** A session whose last access time moves only in steps of the touch interval, and that knows if it changed. */
    static final class QuietSession implements Session {

        private final Session delegate;
        private final Duration touchInterval;
        private boolean dirty;

        QuietSession(Session delegate, Duration touchInterval, boolean isNew) {
            this.delegate = delegate;
            this.touchInterval = touchInterval;
            this.dirty = isNew;
        }

        /** Whether saving would write anything. */
        boolean dirty() {
            return dirty;
        }

        @Override
        public String getId() {
            return delegate.getId();
        }

        @Override
        public String changeSessionId() {
            dirty = true;
            return delegate.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return delegate.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return delegate.getAttributeNames();
        }

        /** Always written, even when equal: a caller may have changed the object it sets again. */
        @Override
        public void setAttribute(String name, Object value) {
            if (value == null) {
                removeAttribute(name);
                return;
            }
            dirty = true;
            delegate.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            if (delegate.getAttribute(name) != null) {
                dirty = true;
            }
            delegate.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return delegate.getCreationTime();
        }

        /** Moves the last access only when the touch interval has passed since the stored one (or backwards never). */
        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(delegate.getLastAccessedTime(), lastAccessedTime).compareTo(touchInterval) >= 0) {
                dirty = true;
                delegate.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return delegate.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            if (!Objects.equals(interval, delegate.getMaxInactiveInterval())) {
                dirty = true;
                delegate.setMaxInactiveInterval(interval);
            }
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return delegate.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return delegate.isExpired();
        }
    }

    /**
     * Session reads (one statement each) in autocommit; everything else in a transaction of its own, as Spring Session
     * does by default.
     */
    static final class ReadsInAutocommit implements TransactionOperations {

        private final TransactionTemplate writes;

        ReadsInAutocommit(PlatformTransactionManager transactions) {
            this.writes = new TransactionTemplate(transactions);
            this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        }

        @Override
        public <T> T execute(TransactionCallback<T> action) throws TransactionException {
            return Boolean.TRUE.equals(READING.get()) ? TransactionOperations.withoutTransaction().execute(action)
                    : writes.execute(action);
        }
    }

    /**
     * Runs around Spring Session's filter: while it runs, a session read or saved in this request is remembered, so
     * the filter's second look-up of the requested id costs nothing.
     */
    static final class RequestScope extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (REQUEST.get() != null) {
                chain.doFilter(request, response);
                return;
            }
            REQUEST.set(new HashMap<>());
            try {
                chain.doFilter(request, response);
            } finally {
                REQUEST.remove();
            }
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Setup {

        /**
         * Wraps the JDBC repository Spring Boot configures (its table, timeout and clean-up stay as set in
         * application.properties), and gives it the transactions above.
         */
        @Bean
        static BeanPostProcessor quietSessions(ObjectProvider<PlatformTransactionManager> transactions,
                @Value("${laget.session.touch-interval:1m}") Duration touchInterval) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String name) throws BeansException {
                    if (bean instanceof JdbcHttpSessionConfiguration configuration) {
                        configuration.setTransactionOperations(new ReadsInAutocommit(transactions.getObject()));
                    }
                    return bean;
                }

                @Override
                public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
                    if (bean instanceof JdbcIndexedSessionRepository jdbc) {
                        return new QuietSessions(jdbc, touchInterval);
                    }
                    return bean;
                }
            };
        }

        @Bean
        FilterRegistrationBean<RequestScope> quietSessionsRequestScope() {
            FilterRegistrationBean<RequestScope> registration = new FilterRegistrationBean<>(new RequestScope());
            registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
            return registration;
        }
    }
}
