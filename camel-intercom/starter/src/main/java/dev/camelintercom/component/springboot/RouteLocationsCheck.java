/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.springboot;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.PackageScanResourceResolver;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.springframework.beans.factory.InitializingBean;

/**
 * Stops start-up when a location of {@code camel.main.routes-include-pattern} matches no resource. Camel loads the
 * routes it finds there and says nothing of a location that holds none, so a misplaced route file otherwise starts an
 * application with no route ({@code Routes startup (total:0)}) and its health UP. Each location is resolved as Camel's
 * route loader resolves it, with the context's {@link PackageScanResourceResolver}.
 */
public class RouteLocationsCheck implements InitializingBean {

    static final String PROPERTY = "camel.main.routes-include-pattern";

    private final CamelContext camelContext;
    private final String pattern;

    /** {@code pattern} is the property as the application sets it; the check is made only when it is set. */
    public RouteLocationsCheck(CamelContext camelContext, String pattern) {
        this.camelContext = camelContext;
        this.pattern = pattern;
    }

    private static boolean holdsResources(PackageScanResourceResolver resolver, String location) {
        try {
            // a location without wildcards resolves to its one resource, whether it exists or not
            return resolver.findResources(location).stream().anyMatch(Resource::exists);
        } catch (Exception e) {
            // a file: location whose folder does not exist
            return false;
        }
    }

    @Override
    public void afterPropertiesSet() throws Exception {
        PackageScanResourceResolver resolver = PluginHelper.getPackageScanResourceResolver(camelContext);
        List<String> empty = new ArrayList<>();
        for (String location : pattern.split(",")) {
            if (!location.isBlank() && !holdsResources(resolver, location.strip())) {
                empty.add(location.strip());
            }
        }
        if (!empty.isEmpty()) {
            throw new IllegalStateException(PROPERTY + ": no route file at " + String.join(", ", empty)
                                            + ". A file under src/main/resources/routes/ is classpath:routes/..., "
                                            + "e.g. classpath:routes/*.yaml; correct the location or remove it.");
        }
    }
}
