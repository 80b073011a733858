package no.laget.platform.web;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refused-input trap puts a class proxy around every module bean. A final method cannot be overridden by the
 * proxy, so a call to it runs on the proxy object itself, whose fields were never set: the three ./laget commands'
 * final run() once saw no command word there and silently did nothing. No Laget class under a proxied bean may have
 * a final instance method other callers can reach.
 */
@LagetTest
class ProxiedModuleBeansTest {

    @Autowired ApplicationContext context;

    @Test
    void no_proxied_bean_has_a_final_method_the_proxy_would_answer_itself() {
        Set<String> finals = new TreeSet<>();
        int proxied = 0;
        for (Object bean : context.getBeansOfType(Object.class, false, false).values()) {
            if (!AopUtils.isAopProxy(bean) || !AopUtils.isCglibProxy(bean)) {
                continue;
            }
            proxied++;
            for (Class<?> type = ClassUtils.getUserClass(AopUtils.getTargetClass(bean)); type != null && type.getName().startsWith("no.laget.");
                    type = type.getSuperclass()) {
                for (Method method : type.getDeclaredMethods()) {
                    int modifiers = method.getModifiers();
                    if (Modifier.isFinal(modifiers) && !Modifier.isStatic(modifiers) && !Modifier.isPrivate(modifiers)
                            && !method.isSynthetic()) {
                        finals.add(type.getName() + "." + method.getName());
                    }
                }
            }
        }
        assertThat(proxied).as("module beans behind the trap's proxy").isGreaterThan(50);
        assertThat(finals).isEmpty();
    }
}
