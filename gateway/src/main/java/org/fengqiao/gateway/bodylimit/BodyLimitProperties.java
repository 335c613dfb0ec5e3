package org.fengqiao.gateway.bodylimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code fengqiao.gateway.body-limit.*}: the largest request body a route accepts unless its metadata says
 * otherwise ({@code max-body-size}, e.g. for photo uploads). The default matches the services' own limit.
 */
@ConfigurationProperties("fengqiao.gateway.body-limit")
record BodyLimitProperties(@DefaultValue("1MB") DataSize maxSize) {

    BodyLimitProperties {
        if (maxSize.toBytes() < 1) {
            throw new IllegalArgumentException("fengqiao.gateway.body-limit.max-size must be positive, got " + maxSize);
        }
    }
}
