/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;

/**
 * Keeps every log line of the test run in memory, with its level and stack traces, so that a test can search what was
 * logged.
 */
@Plugin(name = "IntercomTestLog", category = "Core", elementType = "appender")
public final class IntercomTestLog extends AbstractAppender {

    /** One line: its level, the logger's name, the message and the exceptions' own texts. */
    public record Line(Level level, String text) {
    }

    private static final List<Line> LINES = new ArrayList<>();

    private IntercomTestLog(String name) {
        super(name, (Filter) null, (Layout<?>) null, true, Property.EMPTY_ARRAY);
    }

    @PluginFactory
    public static IntercomTestLog create(@PluginAttribute("name") String name) {
        return new IntercomTestLog(name);
    }

    @Override
    public void append(LogEvent event) {
        StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ')
                .append(event.getMessage().getFormattedMessage());
        for (Throwable t = event.getThrown(); t != null; t = t.getCause()) {
            line.append(" | ").append(t);
        }
        synchronized (LINES) {
            LINES.add(new Line(event.getLevel(), line.toString()));
        }
    }

    /** The text of every line logged so far. */
    public static List<String> lines() {
        return entries().stream().map(Line::text).toList();
    }

    /** A copy of every line logged so far, with its level. */
    public static List<Line> entries() {
        synchronized (LINES) {
            return new ArrayList<>(LINES);
        }
    }
}
