package no.laget.platform.database;

import java.util.concurrent.Executor;

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

    @Override
    public Executor getAsyncExecutor() {
        return new SyncTaskExecutor();
    }
}
