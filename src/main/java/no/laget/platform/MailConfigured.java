package no.laget.platform;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * E-mail is on only when an SMTP host is set ({@code spring.mail.host}, from LAGET_MAIL_HOST), for every job that
 * sends it. Not {@code @ConditionalOnProperty}: the setting is present as an empty string when the host is not set.
 */
public final class MailConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"));
    }
}
