package org.fengqiao.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;

import reactor.netty.http.server.HttpServer;

/** Applies {@link KeepAliveReads} to the service's Reactor Netty server. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass({ HttpServer.class, NettyServerCustomizer.class })
public class KeepAliveReadsAutoConfiguration {

    @Bean
    NettyServerCustomizer keepAliveReadsNettyServerCustomizer() {
        return KeepAliveReads::resumeReadsAfterEachResponse;
    }
}
