#!/usr/bin/env python3
"""Writes the Spring Boot starter's IntercomComponentConfiguration (and the value hints of its String options) from the component's own option list,
camel-intercom/component/src/generated/resources/META-INF/dev/camelintercom/component/intercom.json (written by
camel-component-maven-plugin from the @UriParam/@Metadata annotations).

One field per component option, with the option's description as Javadoc (spring-boot-configuration-processor turns it
into spring-configuration-metadata.json) and its default as initial value. Run it after adding or changing a component
option; IntercomComponentConfigurationTest fails until the class matches the JSON again.

usage: generate-starter-configuration.py [REPO_ROOT]
"""
import json
import os
import sys
import textwrap

COMPONENT_JSON = 'camel-intercom/component/src/generated/resources/META-INF/dev/camelintercom/component/intercom.json'
STARTER = 'camel-intercom/starter/src/main/'
TARGET = STARTER + 'java/dev/camelintercom/component/springboot/IntercomComponentConfiguration.java'
# the processor merges this into spring-configuration-metadata.json: the values of the options that are Strings
HINTS = STARTER + 'resources/META-INF/additional-spring-configuration-metadata.json'
PREFIX = 'camel.component.intercom.'
BOXED = {'boolean': 'Boolean', 'int': 'Integer', 'long': 'Long', 'double': 'Double', 'float': 'Float'}
INDENT = '    '


def java_type(option):
    declared = option['javaType']
    if declared in BOXED:
        return BOXED[declared]
    return declared[len('java.lang.'):] if declared.startswith('java.lang.') else declared


def initial_value(option, declared):
    default = option.get('defaultValue')
    if default is None or option['type'] == 'object':
        return None
    if declared == 'String':
        return json.dumps(default)
    if declared == 'Long':
        return '%sL' % default
    if declared == 'Boolean':
        return str(default).lower()
    if declared in ('Integer', 'Double', 'Float'):
        return str(default)
    return '%s.%s' % (declared, default)  # an enum constant


def javadoc(text):
    lines = textwrap.wrap(text.replace('*/', '*&#47;'), 110)
    return [INDENT + '/**'] + [INDENT + ' * ' + line for line in lines] + [INDENT + ' */']


def accessor(name):
    return name[0].upper() + name[1:]


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.getcwd()
    component = json.load(open(os.path.join(root, COMPONENT_JSON)))
    options = component['componentProperties']
    out = [
        'package dev.camelintercom.component.springboot;',
        '',
        'import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;',
        'import org.springframework.boot.context.properties.ConfigurationProperties;',
        '',
        '/**',
        ' * The options of the intercom component, bound from {@code camel.component.intercom.*}. A name that is not an',
        ' * option stops start-up. Written by src/build/generate-starter-configuration.py from the component\'s',
        ' * intercom.json: do not edit, run the script.',
        ' */',
        '@ConfigurationProperties(prefix = "camel.component.intercom", ignoreUnknownFields = false)',
        'public class IntercomComponentConfiguration extends ComponentConfigurationPropertiesCommon {',
        '',
    ]
    out += javadoc('Whether to enable auto configuration of the intercom component. This is enabled by default.')
    out += [INDENT + 'private Boolean enabled;']
    fields = [(name, option, java_type(option)) for name, option in options.items()]
    for name, option, declared in fields:
        value = initial_value(option, declared)
        out += javadoc(option['description'])
        out += [INDENT + 'private %s %s%s;' % (declared, name, '' if value is None else ' = ' + value)]
    for name, option, declared in [('enabled', None, 'Boolean')] + fields:
        out += ['',
                INDENT + 'public %s get%s() {' % (declared, accessor(name)),
                INDENT * 2 + 'return %s;' % name,
                INDENT + '}',
                '',
                INDENT + 'public void set%s(%s %s) {' % (accessor(name), declared, name),
                INDENT * 2 + 'this.%s = %s;' % (name, name),
                INDENT + '}']
    out += ['}', '']
    target = os.path.join(root, TARGET)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, 'w') as f:
        f.write('\n'.join(out))
    hints = [{'name': PREFIX + dashed(name), 'values': [{'value': value} for value in option['enum']]}
             for name, option, declared in fields if declared == 'String' and 'enum' in option]
    with open(os.path.join(root, HINTS), 'w') as f:
        json.dump({'hints': hints}, f, indent=2)
        f.write('\n')


def dashed(name):
    return ''.join('-' + c.lower() if c.isupper() else c for c in name)


if __name__ == '__main__':
    main()
