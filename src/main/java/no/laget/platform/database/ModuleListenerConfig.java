package no.laget.platform.database;

import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * Where a module listener ({@code @ApplicationModuleListener}) runs. Spring Modulith's event registry switches on
 * {@code @EnableAsync} by itself, which would run each listener on another thread after the commit; Laget runs it in
 * the publishing thread instead, still after the commit and in a transaction of its own: a request returns when its
 * effects (a deadline, a legal clock) are in place, the page that follows shows them, and tests need not wait. A
 * listener that fails does not fail the request whose work is already committed: the failure is logged and its
 * publication stays incomplete in {@code event_publication} until it is resubmitted ({@link EventResubmission}).
 * Laget has no other {@code @Async} method; one added later would run in its caller's thread too.
 */
@Configuration(proxyBeanMethods = false)
class ModuleListenerConfig implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ModuleListenerConfig.class);

    @Override
    public Executor getAsyncExecutor() {
        return new SyncTaskExecutor();
    }

    /** One line that says what a failure means; the event itself is not logged (it carries ids only, but still). */
    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return (failure, method, arguments) -> log.error("Module listener {} failed on {}; its event publication stays "
                + "incomplete and is resubmitted", method.getDeclaringClass().getSimpleName(),
                method.getParameterCount() == 1 ? method.getParameterTypes()[0].getSimpleName() : method.getName(),
                failure);
    }
}
