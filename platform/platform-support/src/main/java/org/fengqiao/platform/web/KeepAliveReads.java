package org.fengqiao.platform.web;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.LastHttpContent;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Works around reactor-netty 1.3.6's keep-alive stall (reactor/reactor-netty#4361, fixed after 1.3.7): when a
 * request arrives while the previous response on the connection is still being completed (e.g. written from a
 * Mongo driver thread), reactor-netty buffers it; if that buffered request is then answered at once (a 401 or 403
 * from security), nobody asks the socket for more, and the next request on the connection waits until the client
 * gives up. Asking for a read after every complete response keeps the connection live. Remove once the platform
 * runs on a reactor-netty with the fix.
 */
final class KeepAliveReads {

    static final String HANDLER_NAME = "fengqiao.keepAliveReads";

    private KeepAliveReads() {
    }

    static HttpServer resumeReadsAfterEachResponse(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null
                    && channel.pipeline().get(HANDLER_NAME) == null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, HANDLER_NAME, new ResumeReads());
            }
        });
    }

    /** After the last part of each response is written, asks the socket for the next request. */
    @ChannelHandler.Sharable
    private static final class ResumeReads extends ChannelOutboundHandlerAdapter {

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            if (msg instanceof LastHttpContent) {
                ChannelPromise written = promise.unvoid();
                written.addListener(done -> {
                    if (done.isSuccess()) {
                        // After reactor-netty has finished with the response it completes here.
                        ctx.executor().execute(() -> {
                            if (ctx.channel().isActive() && !ctx.channel().config().isAutoRead()) {
                                ctx.read();
                            }
                        });
                    }
                });
                super.write(ctx, msg, written);
                return;
            }
            super.write(ctx, msg, promise);
        }
    }
}
