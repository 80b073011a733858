package no.laget.platform.operations;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import net.logstash.logback.encoder.LogstashEncoder;

/**
 * The console's encoder, chosen by the setting {@code LAGET_LOG_FORMAT}: {@code json} (one JSON object per line,
 * with the log context: requestId, employeeId, unitId) or {@code text} (Spring Boot's readable pattern). One
 * appender whatever the format, so logback never prints a non-JSON warning about an unused one.
 */
public class LagetLogEncoder extends EncoderBase<ILoggingEvent> {

    private String format = "json";
    private String pattern;
    private String charset = "UTF-8";
    private Encoder<ILoggingEvent> delegate;

    public void setFormat(String format) {
        this.format = format;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public void setCharset(String charset) {
        this.charset = charset;
    }

    @Override
    public void start() {
        if ("text".equalsIgnoreCase(format == null ? "" : format.trim())) {
            PatternLayoutEncoder text = new PatternLayoutEncoder();
            text.setContext(getContext());
            text.setPattern(pattern);
            text.setCharset(charset == null || charset.isBlank() ? StandardCharsets.UTF_8 : Charset.forName(charset));
            delegate = text;
        } else {
            if (!"json".equalsIgnoreCase(format == null ? "" : format.trim())) {
                addWarn("LAGET_LOG_FORMAT \"" + format + "\" is neither json nor text; writing json");
            }
            LogstashEncoder json = new LogstashEncoder();
            json.setContext(getContext());
            json.setIncludeContext(false);
            delegate = json;
        }
        delegate.start();
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return delegate.encode(event);
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }
}
