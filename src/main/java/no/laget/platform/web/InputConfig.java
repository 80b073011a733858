package no.laget.platform.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.RootClassFilter;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod;

/** Wires the character check of every request: the filter, the answer once the handler is known, the trap. */
@Configuration(proxyBeanMethods = false)
class InputConfig {

    /** Before everything else that reads a parameter (Spring Security reads the CSRF token). */
    @Bean
    FilterRegistrationBean<InputCharacterFilter> inputCharacterFilter() {
        FilterRegistrationBean<InputCharacterFilter> registration = new FilterRegistrationBean<>(new InputCharacterFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Outermost: a request that found no database connection in a filter (the session) answers 503, not 500. */
    @Bean
    FilterRegistrationBean<DatabaseBusyFilter> databaseBusyFilter() {
        FilterRegistrationBean<DatabaseBusyFilter> registration = new FilterRegistrationBean<>(new DatabaseBusyFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    WebMvcRegistrations refusedInputAnswers() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new RequestMappingHandlerAdapter() {
                    @Override
                    protected ServletInvocableHandlerMethod createInvocableHandlerMethod(HandlerMethod handlerMethod) {
                        return new CheckedHandlerMethod(handlerMethod);
                    }
                };
            }
        };
    }

    /** Every bean of a module (not the platform, not a controller): where a page's form post does its work. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor refusedInputTrap() {
        ClassFilter moduleBeans = type -> type.getName().startsWith("no.laget.")
                && !type.getName().startsWith("no.laget.platform.")
                && AnnotatedElementUtils.hasAnnotation(type, Component.class)
                && !AnnotatedElementUtils.hasAnnotation(type, Controller.class)
                && !AnnotatedElementUtils.hasAnnotation(type, ControllerAdvice.class)
                && !MenuContributor.class.isAssignableFrom(type);
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                new org.springframework.aop.support.ComposablePointcut(moduleBeans), new RefusedInput.Trap());
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE); // outside the transaction: nothing starts
        return advisor;
    }

    /** A handler that answers the refused fields of its request before it runs, or runs with the trap set. */
    static final class CheckedHandlerMethod extends ServletInvocableHandlerMethod {

        CheckedHandlerMethod(HandlerMethod handlerMethod) {
            super(handlerMethod);
        }

        @Override
        public Object invokeForRequest(NativeWebRequest webRequest, ModelAndViewContainer mavContainer,
                Object... providedArgs) throws Exception {
            HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
            Map<String, List<String>> refused = RefusedInput.refused(request);
            List<String> fields = List.copyOf(refused.keySet());
            if (fields.isEmpty()) {
                return super.invokeForRequest(webRequest, mavContainer, providedArgs);
            }
            boolean page = AnnotatedElementUtils.hasAnnotation(getBeanType(), PageController.class);
            boolean api = AnnotatedElementUtils.hasAnnotation(getBeanType(), RestController.class);
            boolean reading = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
            if (page && !reading && !fields.contains(RefusedInput.PATH)) {
                RefusedInput.arm(request, refused);
                try {
                    return super.invokeForRequest(webRequest, mavContainer, providedArgs);
                } finally {
                    RefusedInput.disarm(request);
                }
            }
            if (page || api) {
                throw RefusedInput.refusal(fields, RefusedInput.MESSAGE);
            }
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }
}
