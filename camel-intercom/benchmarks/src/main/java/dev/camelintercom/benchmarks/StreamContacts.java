/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;

/**
 * The forked JVM of the streaming figure (run under {@code -Xmx64m}): a route lists every contact of the
 * {@link PagingStub} with {@code paginate=true} and splits the iterator with {@code split().streaming()}; prints
 * {@code RESULT <contacts routed> <milliseconds> <peak heap bytes>}.
 * Arguments: the stub's base URI and the number of contacts expected.
 */
public final class StreamContacts {

    private StreamContacts() {
    }

    public static void main(String[] args) throws Exception {
        String baseUri = args[0];
        AtomicLong routed = new AtomicLong();
        try (CamelContext context = new DefaultCamelContext()) {
            PropertyBindingSupport.build().withCamelContext(context).withTarget(context.getComponent("intercom"))
                    .withProperties(new HashMap<>(Map.of("baseUri", baseUri, "accessToken", Bodies.TOKEN)))
                    .withMandatory(true).bind();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:all")
                            .to("intercom:contact?operation=list&perPage=" + Bodies.SEARCH_PAGE + "&paginate=true")
                            .split(body()).streaming()
                                .process(exchange -> routed.incrementAndGet());
                }
            });
            context.start();
            long start = System.nanoTime();
            context.createProducerTemplate().sendBody("direct:all", null);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.println("RESULT " + routed.get() + " " + millis + " " + peak);
        }
    }
}
