/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import dev.camelintercom.generator.ApiFactsGenerator;
import dev.camelintercom.generator.DocumentedAnswersGenerator;
import dev.camelintercom.testsupport.GeneratedFiles;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The documented answers the sandbox serves ({@link DocumentedAnswers}) are what {@link DocumentedAnswersGenerator}
 * writes from Intercom's description, where the description is beside the project (as in CI): the build fails when the
 * committed file is stale; {@code -Dcatalogue.write=true} rewrites it.
 */
class DocumentedAnswersFileTest {

    private static final Path ANSWERS = Path.of("src/generated/resources/" + DocumentedAnswers.RESOURCE);

    @Test
    void theCommittedAnswersAreTheDescriptions() throws IOException {
        Optional<Path> description = ApiFactsGenerator.locate(Path.of(""));
        assumeTrue(description.isPresent(), () -> "Intercom's description " + ApiFactsGenerator.LOCATION + " is in no "
                                                 + "directory above " + Path.of("").toAbsolutePath()
                                                 + ": the committed answers are not checked against it");
        GeneratedFiles files = new GeneratedFiles(Path.of(""), "mvn -B verify -pl camel-intercom/sandbox -am "
                                                               + "-Dtest=DocumentedAnswersFileTest -Dcatalogue.write=true");
        files.expect(ANSWERS, DocumentedAnswersGenerator.load(description.get()).answersJson());
        files.checkOrWrite(Boolean.getBoolean("catalogue.write"));
    }
}
