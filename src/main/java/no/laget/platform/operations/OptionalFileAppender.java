package no.laget.platform.operations;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;

/**
 * A file appender that is simply off when no file is given ({@code logging.file.name} unset, the normal case in
 * production, which logs to standard output). The tests set it, and PersonalDataInLogCheck reads that file.
 */
public class OptionalFileAppender extends FileAppender<ILoggingEvent> {

    private boolean off;

    @Override
    public void start() {
        String file = getFile();
        if (file == null || file.isBlank()) {
            off = true;
            return;
        }
        super.start();
    }

    @Override
    public void doAppend(ILoggingEvent event) {
        if (!off) {
            super.doAppend(event);
        }
    }
}
