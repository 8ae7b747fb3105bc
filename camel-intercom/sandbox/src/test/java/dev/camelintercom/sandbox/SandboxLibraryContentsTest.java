/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sandbox is a library that users put on their test classpath: it must not bring a logging or JUnit
 * configuration of its own, which would replace the user's (their log levels and appenders, their class orderer).
 * Reads what the build put in {@code target/classes}, which is what the jar holds.
 */
class SandboxLibraryContentsTest {

    /** Configuration files that logging backends and the JUnit platform pick up from the classpath. */
    private static final Pattern CONFIGURATION = Pattern.compile(
            "(log4j2?(-test)?[^/]*\\.(properties|xml|ya?ml|json|jsn)|logback(-test)?[^/]*\\.(xml|groovy)"
            + "|simplelogger\\.properties|logging\\.properties|commons-logging\\.properties"
            + "|junit-platform\\.properties|org\\.junit\\.platform\\..*)$");

    @Test
    void theBuiltLibraryHoldsNoLoggingOrJUnitConfiguration() throws Exception {
        Path classes = classesDirectory();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(Files::isRegularFile).map(f -> classes.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> CONFIGURATION.matcher(name.substring(name.lastIndexOf('/') + 1)).matches())
                    .forEach(found::add);
        }
        assertEquals(List.of(), found, "configuration files in " + classes);
    }

    @Test
    void theCheckRecognisesTheConfigurationFilesItLooksFor() {
        for (String name : List.of("log4j2-test.properties", "log4j2.xml", "logback-test.xml", "logback.xml",
                "junit-platform.properties", "simplelogger.properties", "org.junit.platform.launcher.LauncherSessionListener")) {
            assertTrue(CONFIGURATION.matcher(name).matches(), name);
        }
        assertTrue(!CONFIGURATION.matcher("IntercomSandbox.class").matches());
    }

    /** Where {@link IntercomSandbox} was loaded from: the module's {@code target/classes}. */
    private static Path classesDirectory() throws URISyntaxException, IOException {
        Path location = Path.of(IntercomSandbox.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(location), () -> "expected the classes directory, not " + location);
        return location.toRealPath();
    }
}
