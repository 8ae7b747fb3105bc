/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.springboot;

import java.util.Set;

import dev.camelintercom.component.IntercomConfiguration;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Lets the object options take a bean reference, as in Camel Main: {@code camel.component.intercom.state-repository =
 * #intercomState} (or {@code #bean:intercomState}) binds the Spring bean of that name.
 */
@ConfigurationPropertiesBinding
public class IntercomComponentConverter implements GenericConverter {

    private static final Set<Class<?>> REFERENCED_TYPES
            = Set.of(IntercomConfiguration.class, StateRepository.class, SSLContextParameters.class);

    private final ApplicationContext applicationContext;

    public IntercomComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(REFERENCED_TYPES.stream().map(type -> new ConvertiblePair(String.class, type))
                .toArray(ConvertiblePair[]::new));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null || !source.toString().startsWith("#")) {
            return null;
        }
        String reference = source.toString();
        String name = reference.startsWith("#bean:") ? reference.substring("#bean:".length()) : reference.substring(1);
        return applicationContext.getBean(name, targetType.getType());
    }
}
